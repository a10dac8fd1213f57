package org.itqan.quran.content.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * Parses request parameters by hand rather than through Spring's converters, so that every bad value gets a
 * problem that names the parameter, echoes the value and states what is valid.
 */
final class Params {

    /** More ids than this in one list is not a real client; it bounds the work a request can ask for. */
    static final int MAX_IDS = 20;

    private Params() {
    }

    static int integer(String name, @Nullable String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        return parse(name, raw, min, max);
    }

    static int required(String name, String raw, int min, int max) {
        return parse(name, raw, min, max);
    }

    /** A path number whose range is checked by the caller (so that it can answer 404 rather than 400). */
    static int number(String name, String raw) {
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.positive-integer"));
        }
        return Integer.parseInt(raw);
    }

    static boolean bool(String name, @Nullable String raw, boolean defaultValue) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiProblem.invalidParameter(name, raw, Message.of("expected.boolean"));
        };
    }

    /** A comma-separated list of ids, e.g. {@code translations=20,19}; order kept, duplicates dropped. */
    static List<Integer> ids(String name, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        var ids = new LinkedHashSet<Integer>();
        for (var part : raw.split(",", -1)) {
            var value = part.strip();
            if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw ApiProblem.invalidParameter(name, raw, Message.of("expected.resource-ids"));
            }
            ids.add(Integer.parseInt(value));
        }
        if (ids.size() > MAX_IDS) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.at-most-ids", MAX_IDS));
        }
        return new ArrayList<>(ids);
    }

    /**
     * A comma-separated field list. Fields in {@code served} are returned; fields Quran.com defines but we have no
     * data for ({@code knownUnserved}) are accepted and omitted (documented); anything else is a 400.
     */
    static Set<String> fields(String name, @Nullable String raw, Set<String> served, Set<String> knownUnserved) {
        var result = new LinkedHashSet<String>();
        if (raw == null || raw.isBlank()) {
            return result;
        }
        for (var part : raw.split(",")) {
            var field = part.strip();
            if (field.isEmpty() || knownUnserved.contains(field)) {
                continue;
            }
            if (!served.contains(field)) {
                throw ApiProblem.invalidParameter(name, field, Message.of("expected.list-of", String.join(", ",
                        new java.util.TreeSet<>(served))));
            }
            result.add(field);
        }
        return result;
    }

    private static int parse(String name, String raw, int min, int max) {
        var expected = Message.of("expected.integer-range", min, max);
        if (raw.length() > 9 || raw.isEmpty() || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiProblem.invalidParameter(name, raw, expected);
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            throw ApiProblem.invalidParameter(name, raw, expected);
        }
        return value;
    }
}
