package org.itqan.quran.alquran;

import java.util.LinkedHashMap;
import java.util.List;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.Verse;
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

/**
 * AlQuran Cloud's sections: {@code /v1/juz}, {@code /page}, {@code /manzil}, {@code /ruku}, {@code /hizbQuarter}
 * (our rub el hizb) and {@code /sajda}. Each answers {@code {number, ayahs, surahs, edition}}.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "AlQuran Cloud v1")
class SectionController {

    private final ContentCatalog catalog;
    private final Editions editions;
    private final AlQuranPresenter presenter;
    private final AlQuranResponses responses;

    SectionController(ContentCatalog catalog, Editions editions, AlQuranPresenter presenter,
            AlQuranResponses responses) {
        this.catalog = catalog;
        this.editions = editions;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "A juz (1-30), page (1-604), manzil (1-7), ruku (1-556) or hizbQuarter (1-240) in "
            + "quran-uthmani; offset and limit page it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SectionResponse.class)))
    @GetMapping({"/juz/{number}", "/page/{number}", "/manzil/{number}", "/ruku/{number}", "/hizbQuarter/{number}"})
    ResponseEntity<byte[]> section(@PathVariable("number") String number,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "limit", required = false) @Nullable String limit, HttpServletRequest request) {
        return section(number, Editions.DEFAULT, offset, limit, request);
    }

    @Operation(summary = "A juz, page, manzil, ruku or hizbQuarter in one edition; offset and limit page it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SectionResponse.class)))
    @GetMapping({"/juz/{number}/{edition}", "/page/{number}/{edition}", "/manzil/{number}/{edition}",
        "/ruku/{number}/{edition}", "/hizbQuarter/{number}/{edition}"})
    ResponseEntity<byte[]> section(@PathVariable("number") String number, @PathVariable("edition") String edition,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "limit", required = false) @Nullable String limit, HttpServletRequest request) {
        var path = request.getRequestURI().substring("/v1/".length());
        var name = path.substring(0, path.indexOf('/'));
        var type = switch (name) {
            case "juz" -> DivisionType.JUZ;
            case "page" -> DivisionType.PAGE;
            case "manzil" -> DivisionType.MANZIL;
            case "ruku" -> DivisionType.RUKU;
            default -> DivisionType.RUB_EL_HIZB;
        };
        var division = catalog.division(type, AlQuranParams.number(name, number));
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        int skip = AlQuranParams.offset(offset);
        int max = AlQuranParams.limit(limit);
        return responses.ok(request, name + "/" + division.number() + "/" + e.identifier() + "?" + skip + "," + max,
                () -> {
                    int first = Math.min(division.firstVerseId() + skip, division.lastVerseId() + 1);
                    int last = (int) Math.min((long) first + max - 1, division.lastVerseId());
                    var verses = first > last ? List.<Verse>of() : catalog.verses(first, last);
                    return section(division.number(), verses, e, filter);
                });
    }

    @Operation(summary = "The 15 ayahs of prostration in quran-uthmani")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SectionResponse.class)))
    @GetMapping("/sajda")
    ResponseEntity<byte[]> sajda(HttpServletRequest request) {
        return sajda(Editions.DEFAULT, request);
    }

    @Operation(summary = "The 15 ayahs of prostration in one edition")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.SectionResponse.class)))
    @GetMapping("/sajda/{edition}")
    ResponseEntity<byte[]> sajda(@PathVariable("edition") String edition, HttpServletRequest request) {
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        return responses.ok(request, "sajda/" + e.identifier(), () -> {
            var verses = catalog.sajdas().stream().map(s -> catalog.verse(s.verseKey())).toList();
            var ayahs = verses.stream()
                    .map(v -> presenter.ayahs(List.of(v), e, filter, true).getFirst()).toList();
            var data = new LinkedHashMap<String, Object>();
            data.put("ayahs", ayahs);
            data.put("edition", presenter.edition(e));
            return data;
        });
    }

    private LinkedHashMap<String, Object> section(int number, List<Verse> verses, Edition edition,
            org.itqan.quran.content.ResourceFilter filter) {
        var surahs = new LinkedHashMap<String, Object>();
        verses.stream().map(Verse::chapterId).distinct()
                .forEach(id -> surahs.put(Integer.toString(id), presenter.surah(catalog.chapter(id))));
        var data = new LinkedHashMap<String, Object>();
        data.put("number", number);
        data.put("ayahs", presenter.ayahs(verses, edition, filter, true));
        data.put("surahs", surahs);
        data.put("edition", presenter.edition(edition));
        return data;
    }
}
