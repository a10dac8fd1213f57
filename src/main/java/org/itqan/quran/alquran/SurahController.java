package org.itqan.quran.alquran;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** AlQuran Cloud {@code /v1/surah/*} and {@code /v1/quran/*}. */
@RestController
@RequestMapping("/v1")
@Tag(name = "AlQuran Cloud v1", description = "AlQuran Cloud compatible API: {code, status, data} envelope")
class SurahController {

    private final ContentCatalog catalog;
    private final Editions editions;
    private final AlQuranPresenter presenter;
    private final AlQuranResponses responses;

    SurahController(ContentCatalog catalog, Editions editions, AlQuranPresenter presenter,
            AlQuranResponses responses) {
        this.catalog = catalog;
        this.editions = editions;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "All 114 surahs (AlQuran Cloud)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Surahs.class)))
    @GetMapping("/surah")
    ResponseEntity<byte[]> surahs(HttpServletRequest request) {
        return responses.ok(request, "surah", () -> catalog.chapters().stream().map(presenter::surah).toList());
    }

    @Operation(summary = "A surah in the default edition, quran-uthmani (AlQuran Cloud); offset and limit page it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SurahResponse.class)))
    @GetMapping("/surah/{number}")
    ResponseEntity<byte[]> surah(@PathVariable("number") String number,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "limit", required = false) @Nullable String limit, HttpServletRequest request) {
        return surah(number, Editions.DEFAULT, offset, limit, request);
    }

    @Operation(summary = "A surah in one edition (AlQuran Cloud); offset and limit page it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SurahResponse.class)))
    @GetMapping("/surah/{number}/{edition}")
    ResponseEntity<byte[]> surah(@PathVariable("number") String number, @PathVariable("edition") String edition,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "limit", required = false) @Nullable String limit, HttpServletRequest request) {
        var chapter = catalog.chapter(AlQuranParams.number("surah", number));
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        int skip = AlQuranParams.offset(offset);
        int max = AlQuranParams.limit(limit);
        return responses.ok(request, "surah/" + chapter.id() + "/" + e.identifier() + "?" + skip + "," + max,
                () -> surah(chapter, e, skip, max, filter));
    }

    @Operation(summary = "A surah in several editions, e.g. quran-uthmani,en.sahih (AlQuran Cloud)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SurahEditions.class)))
    @GetMapping("/surah/{number}/editions/{editions}")
    ResponseEntity<byte[]> surahEditions(@PathVariable("number") String number,
            @PathVariable("editions") String list,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "limit", required = false) @Nullable String limit, HttpServletRequest request) {
        var chapter = catalog.chapter(AlQuranParams.number("surah", number));
        var filter = responses.filter(request);
        var chosen = editions.list(list, filter);
        int skip = AlQuranParams.offset(offset);
        int max = AlQuranParams.limit(limit);
        return responses.ok(request, "surah/" + chapter.id() + "/editions/"
                + chosen.stream().map(Edition::identifier).toList() + "?" + skip + "," + max,
                () -> chosen.stream().map(e -> surah(chapter, e, skip, max, filter)).toList());
    }

    @Operation(summary = "The whole Quran in one edition (AlQuran Cloud)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.QuranResponse.class)))
    @GetMapping("/quran/{edition}")
    ResponseEntity<byte[]> quran(@PathVariable("edition") String edition, HttpServletRequest request) {
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        return responses.ok(request, "quran/" + e.identifier(), () -> {
            var verses = catalog.verses(1, org.itqan.quran.shared.Mushaf.VERSES);
            var texts = presenter.texts(e, verses, filter);
            var surahs = catalog.chapters().stream().map(c -> {
                var json = presenter.surah(c);
                json.put("ayahs", catalog.verses(c.firstVerseId(), c.lastVerseId()).stream()
                        .map(v -> presenter.ayah(v, texts.getOrDefault(v.id(), ""), false)).toList());
                return json;
            }).toList();
            var data = new LinkedHashMap<String, Object>();
            data.put("surahs", surahs);
            data.put("edition", presenter.edition(e));
            return data;
        });
    }

    @Operation(summary = "The whole Quran in the default edition, quran-uthmani (AlQuran Cloud)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.QuranResponse.class)))
    @GetMapping("/quran")
    ResponseEntity<byte[]> quran(HttpServletRequest request) {
        return quran(Editions.DEFAULT, request);
    }

    private Map<String, Object> surah(Chapter chapter, Edition edition, int offset, int limit,
            ResourceFilter filter) {
        int first = Math.min(chapter.firstVerseId() + offset, chapter.lastVerseId() + 1);
        int last = (int) Math.min((long) first + limit - 1, chapter.lastVerseId());
        var verses = first > last ? List.<org.itqan.quran.content.Verse>of() : catalog.verses(first, last);
        var json = presenter.surah(chapter);
        json.put("ayahs", presenter.ayahs(verses, edition, filter, false));
        json.put("edition", presenter.edition(edition));
        return json;
    }
}
