package org.itqan.quran.content.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
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

/** Quran.com v4 {@code /verses/*}: verses by chapter, division, key, range, and at random. */
@RestController
@RequestMapping({"/api/v4/verses", "/content/api/v4/verses"})
@Tag(name = "Verses", description = "Verses by chapter, division or key (Quran.com v4)")
class VerseController {

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    VerseController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "Verses of a chapter", description = "`from` and `to` restrict to a verse-number range.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_chapter/{chapter_number}")
    ResponseEntity<byte[]> byChapter(@PathVariable("chapter_number") String chapterNumber,
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        var chapter = catalog.chapter(Params.number("chapter_number", chapterNumber));
        int first = Params.integer("from", from, 1, 1, chapter.versesCount());
        int last = Params.integer("to", to, chapter.versesCount(), 1, chapter.versesCount());
        if (first > last) {
            throw ApiProblem.invalidParameter("from", from, Message.of("expected.verse-number-not-after", last));
        }
        return page(request, "by_chapter/" + chapter.id() + "/" + first + "-" + last,
                chapter.firstVerseId() + first - 1, chapter.firstVerseId() + last - 1, params);
    }

    @Operation(summary = "Verses of a mushaf page (1-604)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_page/{page_number}")
    ResponseEntity<byte[]> byPage(@PathVariable("page_number") String number, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        return byDivision(DivisionType.PAGE, "page_number", number, params, request);
    }

    @Operation(summary = "Verses of a juz (1-30)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_juz/{juz_number}")
    ResponseEntity<byte[]> byJuz(@PathVariable("juz_number") String number, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        return byDivision(DivisionType.JUZ, "juz_number", number, params, request);
    }

    @Operation(summary = "Verses of a hizb (1-60)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_hizb/{hizb_number}")
    ResponseEntity<byte[]> byHizb(@PathVariable("hizb_number") String number, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        return byDivision(DivisionType.HIZB, "hizb_number", number, params, request);
    }

    @Operation(summary = "Verses of a rub el hizb (1-240); /by_rub is an alias")
    @GetMapping({"/by_rub_el_hizb/{rub_el_hizb_number}", "/by_rub/{rub_el_hizb_number}"})
    ResponseEntity<byte[]> byRubElHizb(@PathVariable("rub_el_hizb_number") String number,
            @ParameterObject VerseParams params, HttpServletRequest request) {
        return byDivision(DivisionType.RUB_EL_HIZB, "rub_el_hizb_number", number, params, request);
    }

    @Operation(summary = "Verses of a manzil (1-7)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_manzil/{manzil_number}")
    ResponseEntity<byte[]> byManzil(@PathVariable("manzil_number") String number,
            @ParameterObject VerseParams params, HttpServletRequest request) {
        return byDivision(DivisionType.MANZIL, "manzil_number", number, params, request);
    }

    @Operation(summary = "Verses of a ruku (1-556)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_ruku/{ruku_number}")
    ResponseEntity<byte[]> byRuku(@PathVariable("ruku_number") String number, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        return byDivision(DivisionType.RUKU, "ruku_number", number, params, request);
    }

    @Operation(summary = "Verses from one verse key to another (inclusive), e.g. from=2:255&to=2:257")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_range")
    ResponseEntity<byte[]> byRange(@RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        if (from == null || to == null) {
            throw ApiProblem.invalidParameter(from == null ? "from" : "to", "", Message.of("expected.verse-key"));
        }
        var first = VerseKey.parse(from);
        var last = VerseKey.parse(to);
        if (first.compareTo(last) > 0) {
            throw ApiProblem.invalidParameter("from", from, Message.of("expected.verse-key-not-after", last));
        }
        return page(request, "by_range/" + first + "-" + last, first.id(), last.id(), params);
    }

    @Operation(summary = "One verse by its key, e.g. 2:255")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.VerseResponse.class)))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Verses.class)))
    @GetMapping("/by_key/{verse_key}")
    ResponseEntity<byte[]> byKey(@PathVariable("verse_key") String verseKey, @ParameterObject VerseParams params,
            HttpServletRequest request) {
        var parsed = new Parsed();
        return responses.serve(request, () -> {
            parsed.key = VerseKey.parse(verseKey);
            parsed.query = VerseQuery.parse(params.asMap(), catalog);
            return "verses/by_key/" + parsed.key + "?" + parsed.query.canonical();
        }, () -> Map.of("verse", render(List.of(catalog.verse(parsed.key)), parsed.query).getFirst()));
    }

    @Operation(summary = "A random verse, optionally within a chapter (never cached)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.VerseResponse.class)))
    @GetMapping("/random")
    ResponseEntity<byte[]> random(@RequestParam(name = "chapter_number", required = false) @Nullable String chapter,
            @ParameterObject VerseParams params) {
        var query = VerseQuery.parse(params.asMap(), catalog);
        int first = 1;
        int last = Mushaf.VERSES;
        if (chapter != null) {
            var c = catalog.chapter(Params.integer("chapter_number", chapter, 1, 1, Mushaf.CHAPTERS));
            first = c.firstVerseId();
            last = c.lastVerseId();
        }
        int id = ThreadLocalRandom.current().nextInt(first, last + 1);
        return responses.uncached(Map.of("verse", render(List.of(catalog.verse(id)), query).getFirst()));
    }

    private ResponseEntity<byte[]> byDivision(DivisionType type, String parameter, String raw, VerseParams params,
            HttpServletRequest request) {
        var division = catalog.division(type, Params.number(parameter, raw));
        return page(request, "by_" + type.singular() + "/" + division.number(), division.firstVerseId(),
                division.lastVerseId(), params);
    }

    /** One page of the verses {@code firstId..lastId}, in the v4 {@code verses} + {@code pagination} envelope. */
    private ResponseEntity<byte[]> page(HttpServletRequest request, String selection, int firstId, int lastId,
            VerseParams params) {
        var parsed = new Parsed();
        return responses.serve(request, () -> {
            parsed.query = VerseQuery.parse(params.asMap(), catalog);
            return "verses/" + selection + "?" + parsed.query.canonical();
        }, () -> {
            var query = parsed.query;
            int total = lastId - firstId + 1;
            int from = firstId + (query.page() - 1) * query.perPage();
            int to = Math.min(lastId, from + query.perPage() - 1);
            var verses = from > lastId ? List.<Verse>of() : catalog.verses(from, to);
            return V4Presenter.object("verses", render(verses, query),
                    "pagination", V4Presenter.pagination(query.perPage(), query.page(), total));
        });
    }

    /** What the key supplier parsed, for the body supplier: parsing happens only when the request is new. */
    private static final class Parsed {
        @Nullable VerseKey key;
        @Nullable VerseQuery query;
    }

    private List<Map<String, Object>> render(List<Verse> verses, VerseQuery query) {
        if (verses.isEmpty()) {
            return List.of();
        }
        int first = verses.getFirst().id();
        int last = verses.getLast().id();
        // One query per resource type for the whole page: no N+1 however many verses or translations.
        var translations = catalog.texts(ResourceType.TRANSLATION, query.translations(), first, last, query.filter());
        var tafsirs = catalog.texts(ResourceType.TAFSIR, query.tafsirs(), first, last, query.filter());
        return verses.stream().map(v -> presenter.verse(v, query, translations, tafsirs)).toList();
    }
}
