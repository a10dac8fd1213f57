package org.itqan.quran.userdata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.itqan.quran.shared.UnicodeText;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body read member by member: unknown members are rejected (no silent mass assignment), types are checked,
 * and every failure is a 400 naming the member. Duplicate members are rejected too, so a body means one thing.
 * Every member read is Unicode text throughout (strings and member names, however deeply nested): JSON lets a client
 * send a lone surrogate ({@code "\ud800"}), which is no text to store ({@link UserDataException#notUnicode}).
 */
final class JsonBody {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    static JsonBody parse(@Nullable String raw, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            throw UserDataException.invalid("body", "A JSON object body is required");
        }
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JacksonException e) {
            throw UserDataException.invalid("body", "The body is not valid JSON");
        }
        return of(node, "body", allowed);
    }

    static JsonBody of(@Nullable JsonNode node, String name, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw UserDataException.invalid(name, name + " must be a JSON object");
        }
        for (var member : node.propertyNames()) {
            if (!UnicodeText.isWellFormed(member)) {
                // not echoed: the message itself would then be no Unicode text
                throw memberNameNotUnicode(name);
            }
            if (!allowed.contains(member)) {
                throw UserDataException.invalid(member, "Unknown member '" + member + "'; allowed: "
                        + allowed.stream().sorted().toList());
            }
        }
        return new JsonBody(node);
    }

    /** The member, null when absent or JSON null; @throws UserDataException 400 when it holds no Unicode text */
    @Nullable JsonNode node(String name) {
        var value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        checkUnicode(value, name);
        return value;
    }

    /** Checks strings and member names of the whole value, as callers may keep it whole (a preference value). */
    private static void checkUnicode(JsonNode value, String path) {
        if (value.isString()) {
            if (!UnicodeText.isWellFormed(value.asString())) {
                throw UserDataException.notUnicode(path);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkUnicode(value.get(i), path + "[" + i + "]");
            }
        } else if (value.isObject()) {
            for (var member : value.propertyNames()) {
                if (!UnicodeText.isWellFormed(member)) {
                    throw memberNameNotUnicode(path);
                }
                checkUnicode(value.get(member), path + "." + member);
            }
        }
    }

    private static UserDataException memberNameNotUnicode(String object) {
        return UserDataException.invalid(object, "a member name in " + object
                + " is not Unicode text: it has an unpaired surrogate");
    }

    String text(String name, int max) {
        var value = optionalText(name, max);
        if (value == null) {
            throw UserDataException.invalid(name, name + " is required");
        }
        return value;
    }

    @Nullable String optionalText(String name, int max) {
        var value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw UserDataException.invalid(name, name + " must be a string");
        }
        var text = value.asString();
        if (text.length() > max) {
            throw UserDataException.invalid(name, name + " must be at most " + max + " characters");
        }
        return text;
    }

    int integer(String name, int min, int max) {
        var value = optionalInteger(name, min, max);
        if (value == null) {
            throw UserDataException.invalid(name, name + " is required");
        }
        return value;
    }

    @Nullable Integer optionalInteger(String name, int min, int max) {
        var value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw UserDataException.invalid(name, name + " must be an integer " + min + " to " + max);
        }
        return value.asInt();
    }

    boolean bool(String name, boolean otherwise) {
        var value = node(name);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw UserDataException.invalid(name, name + " must be true or false");
        }
        return value.asBoolean();
    }

    @Nullable List<String> optionalTexts(String name, int maxItems, int maxLength) {
        var value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw UserDataException.invalid(name, name + " must be an array of at most " + maxItems + " strings");
        }
        var texts = new ArrayList<String>();
        for (var item : value) {
            if (!item.isString() || item.asString().length() > maxLength) {
                throw UserDataException.invalid(name, name + " must hold strings of at most " + maxLength
                        + " characters");
            }
            texts.add(item.asString());
        }
        return texts;
    }
}
