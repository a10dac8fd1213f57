package org.itqan.quran.search.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.Message;
import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.SearchRequest;
import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

/** Quran.com v4 {@code /search}, plus navigation and suggestions. */
@RestController
@RequestMapping({"/api/v4", "/content/api/v4"})
@Tag(name = "Search", description = "Search verses and translations (Quran.com v4 shape, with additive members)")
class SearchController {

    static final String QUERY_LANGUAGE = """
            Query language: words must all match (more words narrow the results); "a phrase" matches adjacent \
            words; `OR` or `|` between words accepts either; `-word` excludes; `*` and `?` are wildcards \
            (not at the start of a word, never alone); `word~` or `word~2` forgives one or two letters; filters \
            `chapter:2` `juz:30` `page:1-20` `hizb:5` `revelation:meccan|medinan` `sajdah:yes`. Arabic is \
            normalised (Uthmani and Imlaei spellings, hamza seats, alef forms, diacritics, pause marks), so \
            الصلوة finds الصلاة; `mode=exact` requires the diacritics, `mode=stem` matches light stems, \
            `mode=fuzzy` makes every word fuzzy. `input=buckwalter` reads the query in Buckwalter \
            transliteration (`*|~` are then letters). Latin words search the translations (all Latin-script \
            editions, or those of `language`, or the ids in `translations`). At most 500 characters and 16 \
            parts; each search stops after 0.5 s and then says `timed_out: true`.""";

    private final VerseSearch search;
    private final SearchResponses responses;
    private final ObjectMapper json;

    SearchController(VerseSearch search, SearchResponses responses, ObjectMapper json) {
        this.search = search;
        this.responses = responses;
        this.json = json;
    }

    @Operation(summary = "Search verses and translations", description = QUERY_LANGUAGE + """

            Additive members: `facets` (counts per chapter, juz, page, hizb or revelation over all results, asked \
            with `facets=chapter,juz`), `navigation` (where the query leads if it is a verse key, range, chapter \
            name or page), `positions` (with `highlight=positions`: matched words as chapter:verse:word), \
            `timed_out`, `took_ms` (the time the search took when computed: responses are cached per content \
            version; send `Cache-Control: no-cache` to recompute).""")
    @ApiResponse(responseCode = "200", description = "One page of results in the v4 search shape", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "{\"search\": {query, total_results, current_page, total_pages, results[], "
                            + "facets?, navigation[], timed_out, took_ms}}")))
    @GetMapping("/search")
    ResponseEntity<byte[]> search(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "query", required = false) @Nullable String query,
            @RequestParam(name = "size", required = false) @Nullable String size,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "language", required = false) @Nullable String language,
            @RequestParam(name = "translations", required = false) @Nullable String translations,
            @RequestParam(name = "mode", required = false) @Nullable String mode,
            @RequestParam(name = "filters", required = false) @Nullable String filters,
            @RequestParam(name = "facets", required = false) @Nullable String facets,
            @RequestParam(name = "highlight", required = false) @Nullable String highlight,
            @RequestParam(name = "input", required = false) @Nullable String input,
            @RequestHeader(name = "Cache-Control", required = false) @Nullable String cacheControl,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
            HttpServletRequest servletRequest) {
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
        var key = search.contentVersion() + '\u0000' + request + '\u0000' + html;
        return responses.get(servletRequest, key, cacheControl, ifNoneMatch, () -> {
            var results = search.search(request);
            return new SearchResponses.Rendered(SearchJson.search(json, results, html, search.navigate(text)),
                    !results.timedOut());
        });
    }

    @Operation(summary = "Where a navigational query leads", description = """
            Resolves `2:255`, `2:255-257`, `36`, `page 50`, `juz 30`, `hizb 5` and chapter names in Arabic or \
            transliteration (`البقرة`, `al-baqara`, `baqarah`, `Yaseen`, `يس`). An unresolvable query gives an \
            empty list.""")
    @ApiResponse(responseCode = "200", description = "Where the query leads (an empty list if nowhere)", content =
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", description =
                    "{\"navigation\": [{result_type, key, name, first_verse_key, last_verse_key}]}")))
    @GetMapping("/search/navigation")
    ResponseEntity<byte[]> navigation(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestHeader(name = "Cache-Control", required = false) @Nullable String cacheControl,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String ifNoneMatch,
            HttpServletRequest servletRequest) {
        var text = required(q);
        // Cached like a search: the quick lookup of a search box is asked again and again with the same prefix.
        var key = search.contentVersion() + "\u0000navigation\u0000" + text;
        return responses.get(servletRequest, key, cacheControl, ifNoneMatch, () -> new SearchResponses.Rendered(
                json.writeValueAsBytes(Map.of("navigation",
                        search.navigate(text).stream().map(SearchJson::navigation).toList())), true));
    }

    @Operation(summary = "Suggestions for a prefix", description = """
            Chapter names (Arabic or transliterated) and Quran words that start with `q`, compared normalised; \
            words in their Imlaei spelling with their number of occurrences, most frequent first.""")
    @GetMapping("/search/suggest")
    Map<String, Object> suggest(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "size", required = false) @Nullable String size) {
        var text = required(q);
        return Map.of("suggestions", search.suggest(text, integer("size", size, 10, 1, 50)).stream()
                .map(SearchJson::suggestion).toList());
    }

    private static String required(@Nullable String q) {
        if (q == null || q.isBlank()) {
            throw ApiProblem.invalidParameter("q", q == null ? "" : q, Message.of("expected.non-empty-text"));
        }
        if (q.length() > 200 || q.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c))) {
            throw ApiProblem.invalidParameter("q", q, Message.of("expected.query-text"));
        }
        return q;
    }

    private static int integer(String name, @Nullable String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        if (raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')
                || Integer.parseInt(raw) < min || Integer.parseInt(raw) > max) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.integer-range", min, max));
        }
        return Integer.parseInt(raw);
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

    private static java.util.Set<String> facets(@Nullable String raw) {
        var facets = new LinkedHashSet<String>();
        if (raw != null && !raw.isBlank()) {
            for (var part : raw.split(",")) {
                if (!SearchRequest.FACETS.contains(part.strip())) {
                    throw ApiProblem.invalidParameter("facets", raw, Message.of("expected.facets", SearchRequest.FACETS));
                }
                facets.add(part.strip());
            }
        }
        return facets;
    }
}
