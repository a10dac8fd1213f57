package org.itqan.quran.alquran;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.SearchRequest;
import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * AlQuran Cloud {@code /v1/search/{word}/{surah|all}/{edition|language}}, answered by the search module (issue 3's
 * Lucene index: Uthmani-aware Arabic, each translation under its language's analyzer). The work is bounded by
 * {@link #MAX_QUERY}, {@link Editions#MAX_PER_REQUEST} editions, {@link #MAX_MATCHES} matches per edition, and the
 * search module's own time limit.
 */
@RestController
@RequestMapping("/v1/search")
@Tag(name = "AlQuran Cloud v1")
class AlQuranSearchController {

    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 50;
    static final int MAX_MATCHES = 1000;

    private final ContentCatalog catalog;
    private final Editions editions;
    private final AlQuranPresenter presenter;
    private final AlQuranResponses responses;
    private final VerseSearch search;

    AlQuranSearchController(ContentCatalog catalog, Editions editions, AlQuranPresenter presenter,
            AlQuranResponses responses, VerseSearch search) {
        this.search = search;
        this.catalog = catalog;
        this.editions = editions;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "Search one edition, or every edition of a language, in one surah or all")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SearchResponse.class)))
    @GetMapping("/{word}/{surah}/{edition}")
    ResponseEntity<byte[]> search(@PathVariable("word") String word, @PathVariable("surah") String surah,
            @PathVariable("edition") String edition, HttpServletRequest request) {
        var query = word.strip();
        if (query.length() < MIN_QUERY || query.length() > MAX_QUERY) {
            throw ApiProblem.invalidParameter("keyword", word, Message.of("expected.character-range", MIN_QUERY, MAX_QUERY));
        }
        var chapter = surah.equals("all") ? null : catalog.chapter(AlQuranParams.number("surah", surah));
        var filter = responses.filter(request);
        var all = editions.all(filter);
        var chosen = all.stream().filter(e -> e.language().equals(edition)).toList();
        if (chosen.isEmpty()) {
            chosen = List.of(editions.get(edition, filter));
        }
        var searched = chosen.size() > Editions.MAX_PER_REQUEST ? chosen.subList(0, Editions.MAX_PER_REQUEST)
                : chosen;
        var needle = ArabicFolding.fold(query);
        if (needle.isBlank()) {
            // Only diacritics: folded away, it would match every ayah.
            throw ApiProblem.invalidParameter("keyword", word, Message.of("expected.letters"));
        }
        int first = chapter == null ? 1 : chapter.firstVerseId();
        int last = chapter == null ? Mushaf.VERSES : chapter.lastVerseId();
        var key = "search/" + needle + "/" + first + "-" + last + "/"
                + searched.stream().map(Edition::identifier).toList();
        // Searched only on a cache miss; "nothing found" is thrown from inside, so it is answered but never cached.
        return responses.ok(request, key, () -> {
            var matches = matches(query, searched, chapter, filter);
            if (matches.isEmpty()) {
                throw ApiProblem.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, Message.of("detail.search.nothing-found",
                        AlQuranParams.abbreviate(query)));
            }
            var data = new LinkedHashMap<String, Object>();
            data.put("count", matches.size());
            data.put("matches", matches.size() > MAX_MATCHES ? matches.subList(0, MAX_MATCHES) : matches);
            return data;
        });
    }

    /**
     * Asks the search module (Lucene, with the Quranic normaliser for Arabic and each language's analyzer for
     * translations) which verses match, edition by edition, and presents them as AlQuran Cloud matches. Matching is
     * by word, as users expect, not by substring inside words.
     */
    private List<Map<String, Object>> matches(String query, List<Edition> searched, @Nullable Chapter chapter,
            org.itqan.quran.content.ResourceFilter filter) {
        var matches = new ArrayList<Map<String, Object>>();
        for (var edition : searched) {
            var translations = edition.resource() == null ? List.<Integer>of() : List.of(edition.resource().id());
            var ids = new ArrayList<Integer>();
            for (int page = 1; ids.size() < MAX_MATCHES; page++) {
                var results = search.search(new SearchRequest(query, SearchMode.NORMALIZED,
                        chapter == null ? null : "chapter:" + chapter.id(), translations, null, page,
                        SearchRequest.MAX_SIZE, Set.of(), false));
                for (var hit : results.hits()) {
                    // A verse found through another field (e.g. the Arabic of a translation's verse) only counts
                    // when this edition's own text matched.
                    if (edition.resource() == null || hit.translations().stream().anyMatch(t -> t.matched())) {
                        ids.add(hit.verse().id());
                    }
                }
                if (page >= results.totalPages() || results.timedOut()) {
                    break;
                }
            }
            ids.sort(Integer::compare);
            var verses = ids.stream().map(catalog::verse).toList();
            var texts = presenter.texts(edition, verses, filter);
            for (var verse : verses) {
                var json = new LinkedHashMap<String, Object>();
                json.put("number", verse.id());
                json.put("text", texts.get(verse.id()));
                json.put("edition", presenter.edition(edition));
                json.put("surah", presenter.surah(catalog.chapter(verse.chapterId())));
                json.put("numberInSurah", verse.verseNumber());
                matches.add(json);
            }
        }
        return matches;
    }
}
