package org.itqan.quran.content.web;

import java.util.Comparator;
import java.util.Map;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ArabicCollation;
import org.itqan.quran.shared.Message;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Quran.com v4 {@code /chapters}. */
@RestController
@RequestMapping({"/api/v4/chapters", "/content/api/v4/chapters"})
@Tag(name = "Chapters", description = "The 114 chapters (Quran.com v4)")
class ChapterController {

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    ChapterController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "All chapters")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Chapters.class)))
    @GetMapping
    ResponseEntity<byte[]> chapters(@Parameter(description = "Language of translated_name (en, ar); default en")
            @RequestParam(name = "language", required = false) @Nullable String language,
            @Parameter(description = "Order: id (default, mushaf order) or name_arabic (Arabic collation: "
                    + "alef and hamza forms sort together). Our extension to Quran.com v4.")
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            HttpServletRequest request) {
        var lang = Languages.of(language);
        var order = order(sort);
        return responses.serve(request, "chapters?language=" + lang + "&sort=" + order, () -> Map.of("chapters",
                catalog.chapters().stream().sorted(ORDERS.get(order)).map(c -> presenter.chapter(c, lang))
                        .toList()));
    }

    /** {@code sort} values and their orders; name_arabic uses the Arabic collator, never code points. */
    private static final Map<String, Comparator<Chapter>> ORDERS = Map.of(
            "id", Comparator.comparingInt(Chapter::id),
            "name_arabic", Comparator.comparing(Chapter::nameArabic, ArabicCollation.NAMES)
                    .thenComparingInt(Chapter::id));

    private static String order(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return "id";
        }
        if (!ORDERS.containsKey(sort)) {
            throw ApiProblem.invalidParameter("sort", sort, Message.of("expected.chapter-sort"));
        }
        return sort;
    }

    @Operation(summary = "One chapter (1-114)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ChapterResponse.class)))
    @GetMapping("/{id}")
    ResponseEntity<byte[]> chapter(@PathVariable("id") String id,
            @RequestParam(name = "language", required = false) @Nullable String language,
            HttpServletRequest request) {
        var chapter = catalog.chapter(Params.number("id", id));
        var lang = Languages.of(language);
        return responses.serve(request, "chapters/" + chapter.id() + "?language=" + lang,
                () -> Map.of("chapter", presenter.chapter(chapter, lang)));
    }

    @Operation(summary = "Information about a chapter",
            description = "Generated from Tanzil's metadata: no licensed chapter-info prose is bundled.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ChapterInfoResponse.class)))
    @GetMapping("/{id}/info")
    ResponseEntity<byte[]> info(@PathVariable("id") String id,
            @RequestParam(name = "language", required = false) @Nullable String language,
            HttpServletRequest request) {
        var chapter = catalog.chapter(Params.number("id", id));
        var lang = Languages.of(language);
        return responses.serve(request, "chapters/" + chapter.id() + "/info?language=" + lang,
                () -> Map.of("chapter_info", presenter.chapterInfo(chapter, lang)));
    }
}
