package org.itqan.quran.search.web;

import java.util.Map;

import org.itqan.quran.search.VerseSearch;
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
    private final SearchQueries queries;
    private final SearchResponses responses;

    SearchController(VerseSearch search, SearchQueries queries, SearchResponses responses) {
        this.search = search;
        this.queries = queries;
        this.responses = responses;
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
        // Reached by what the filter before the MVC dispatch did not answer (SearchResponses#answer): requests it
        // found invalid, whose problem details are rendered here, and HEAD requests.
        return responses.get(servletRequest, queries.search(q, query, size, page, language, translations, mode,
                filters, facets, highlight, input), cacheControl, ifNoneMatch);
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
        return responses.get(servletRequest, queries.navigation(q), cacheControl, ifNoneMatch);
    }

    @Operation(summary = "Suggestions for a prefix", description = """
            Chapter names (Arabic or transliterated) and Quran words that start with `q`, compared normalised; \
            words in their Imlaei spelling with their number of occurrences, most frequent first.""")
    @GetMapping("/search/suggest")
    Map<String, Object> suggest(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "size", required = false) @Nullable String size) {
        var text = SearchQueries.required(q);
        return Map.of("suggestions", search.suggest(text, SearchQueries.integer("size", size, 10, 1, 50)).stream()
                .map(SearchJson::suggestion).toList());
    }
}
