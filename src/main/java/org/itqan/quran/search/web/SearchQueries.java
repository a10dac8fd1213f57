package org.itqan.quran.search.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.SearchRequest;
import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Message;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * What a search or navigation request asks for, read from its parameters: the key of its answer and how to render
 * it. Shared by {@link SearchController} (whose exceptions Spring MVC turns into problem details) and
 * {@link SearchResponses#answer}, which answers valid requests before the MVC dispatch.
 */
@Component
class SearchQueries {

    private final VerseSearch search;
    private final ObjectMapper json;

    SearchQueries(VerseSearch search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    /** A request's answer: its cache key (the content version included) and how to compute it. */
    record Query(String key, Supplier<SearchResponses.Rendered> render) {
    }

    /** @throws ApiProblem 400 for a parameter out of its range */
    Query search(@Nullable String q, @Nullable String query, @Nullable String size, @Nullable String page,
            @Nullable String language, @Nullable String translations, @Nullable String mode,
            @Nullable String filters, @Nullable String facets, @Nullable String highlight, @Nullable String input) {
        var text = q != null ? q : query != null ? query : "";
        boolean html = switch (highlight == null ? "html" : highlight) {
            case "html" -> true;
            case "positions" -> false;
            default -> throw ApiProblem.invalidParameter("highlight", highlight, Message.of("expected.highlight"));
        };
        boolean buckwalter = switch (input == null ? "arabic" : input) {
            case "arabic", "text" -> false;
            case "buckwalter" -> true;
            default -> throw ApiProblem.invalidParameter("input", input, Message.of("expected.input"));
        };
        var request = new SearchRequest(text, mode == null ? SearchMode.NORMALIZED : SearchMode.of(mode), filters,
                ids("translations", translations), language == null || language.isBlank() ? null : language,
                integer("page", page, 1, 1, 1000), integer("size", size, 20, 1, SearchRequest.MAX_SIZE),
                facets(facets), buckwalter);
        return new Query(search.contentVersion() + '\u0000' + request + '\u0000' + html, () -> {
            var results = search.search(request);
            return new SearchResponses.Rendered(SearchJson.search(json, results, html, search.navigate(text)),
                    !results.timedOut());
        });
    }

    /** The same, from the servlet request: a repeated parameter reads as its values joined by commas, as in MVC. */
    Query search(HttpServletRequest request) {
        return search(parameter(request, "q"), parameter(request, "query"), parameter(request, "size"),
                parameter(request, "page"), parameter(request, "language"), parameter(request, "translations"),
                parameter(request, "mode"), parameter(request, "filters"), parameter(request, "facets"),
                parameter(request, "highlight"), parameter(request, "input"));
    }

    /** @throws ApiProblem 400 for an empty, too long or control-character query */
    Query navigation(@Nullable String q) {
        var text = required(q);
        // Cached like a search: the quick lookup of a search box is asked again and again with the same prefix.
        return new Query(search.contentVersion() + "\u0000navigation\u0000" + text, () -> new SearchResponses.Rendered(
                json.writeValueAsBytes(Map.of("navigation",
                        search.navigate(text).stream().map(SearchJson::navigation).toList())), true));
    }

    Query navigation(HttpServletRequest request) {
        return navigation(parameter(request, "q"));
    }

    static String required(@Nullable String q) {
        if (q == null || q.isBlank()) {
            throw ApiProblem.invalidParameter("q", q == null ? "" : q, Message.of("expected.non-empty-text"));
        }
        if (q.length() > 200 || q.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c))) {
            throw ApiProblem.invalidParameter("q", q, Message.of("expected.query-text"));
        }
        return q;
    }

    static int integer(String name, @Nullable String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(raw) < min || Integer.parseInt(raw) > max) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.integer-range", min, max));
        }
        return Integer.parseInt(raw);
    }

    /** Whether a raw query string's percent-escapes are well formed and decode to UTF-8, as Tomcat requires. */
    static boolean decodable(@Nullable String queryString) {
        if (queryString == null) {
            return true;
        }
        var bytes = new byte[queryString.length()];
        int length = 0;
        boolean ascii = true;
        for (int i = 0; i < queryString.length(); i++) {
            int c = queryString.charAt(i);
            if (c == '%') {
                int high = i + 2 < queryString.length() ? Character.digit(queryString.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(queryString.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                c = high << 4 | low;
                i += 2;
            }
            ascii &= c < 0x80;
            bytes[length++] = (byte) c;
        }
        try {
            if (!ascii) {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static @Nullable String parameter(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        return values == null ? null : values.length == 1 ? values[0] : String.join(",", values);
    }

    private static List<Integer> ids(String name, @Nullable String raw) {
        var ids = new ArrayList<Integer>();
        if (raw != null && !raw.isBlank()) {
            for (var part : raw.split(",", -1)) {
                ids.add(integer(name, part.strip().isEmpty() ? "x" : part.strip(), 0, 1, 1_000_000));
            }
        }
        if (ids.size() > 20) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.at-most-ids", 20));
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Set<String> facets(@Nullable String raw) {
        var facets = new LinkedHashSet<String>();
        if (raw != null && !raw.isBlank()) {
            for (var part : raw.split(",")) {
                if (!SearchRequest.FACETS.contains(part.strip())) {
                    throw ApiProblem.invalidParameter("facets", raw,
                            Message.of("expected.facets", new TreeSet<>(SearchRequest.FACETS)));
                }
                facets.add(part.strip());
            }
        }
        return facets;
    }
}
