package org.itqan.quran.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Script;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Quran.com v4 {@code /quran/*}: whole-text dumps of a script or a translation, filterable by chapter, division or
 * verse key. Each carries the Tanzil notice, which its terms require in every copy of the text.
 */
@RestController
@RequestMapping({"/api/v4/quran", "/content/api/v4/quran"})
@Tag(name = "Quran text", description = "The whole text of a script, translation or tafsir")
class QuranDumpController {

    static final String TANZIL_NOTICE = "Tanzil Quran Text, Copyright (C) 2007-2025 Tanzil Project, License: "
            + "Creative Commons Attribution 3.0. Verbatim copy: changing it is not allowed. Source: Tanzil Project, "
            + "https://tanzil.net (check updates at http://tanzil.net/updates/).";

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    QuranDumpController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "The Quran text in one script: uthmani, imlaei or imlaei_simple")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.QuranVerses.class)))
    @GetMapping("/verses/{script}")
    ResponseEntity<byte[]> verses(@PathVariable("script") String scriptName,
            @RequestParam(name = "chapter_number", required = false) @Nullable String chapter,
            @RequestParam(name = "juz_number", required = false) @Nullable String juz,
            @RequestParam(name = "page_number", required = false) @Nullable String page,
            @RequestParam(name = "hizb_number", required = false) @Nullable String hizb,
            @RequestParam(name = "rub_el_hizb_number", required = false) @Nullable String rub,
            @RequestParam(name = "manzil_number", required = false) @Nullable String manzil,
            @RequestParam(name = "ruku_number", required = false) @Nullable String ruku,
            @RequestParam(name = "verse_key", required = false) @Nullable String verseKey,
            HttpServletRequest request) {
        var script = Script.byApiName(scriptName).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                ProblemType.SCRIPT_NOT_FOUND, Message.of("detail.script.not-found",
                        abbreviate(scriptName)))
                .with("available_scripts", List.of("uthmani", "imlaei", "imlaei_simple")));
        var filter = VerseFilter.parse(catalog, chapter, juz, page, hizb, rub, manzil, ruku, verseKey);
        return responses.serve(request, "quran/verses/" + script.apiName() + "?" + filter.canonical(), () -> {
            var verses = new ArrayList<Map<String, Object>>();
            if (!filter.empty()) {
                for (var v : catalog.verses(filter.firstId(), filter.lastId())) {
                    verses.add(V4Presenter.object("id", v.id(), "verse_key", v.key().toString(), script.field(),
                            v.text(script)));
                }
            }
            return V4Presenter.object("verses", verses, "meta", meta(filter, TANZIL_NOTICE));
        });
    }

    @Operation(summary = "The whole text of one translation")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ResourceTexts.class)))
    @GetMapping("/translations/{translation_id}")
    ResponseEntity<byte[]> translation(@PathVariable("translation_id") String id,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            @RequestParam(name = "chapter_number", required = false) @Nullable String chapter,
            @RequestParam(name = "juz_number", required = false) @Nullable String juz,
            @RequestParam(name = "page_number", required = false) @Nullable String page,
            @RequestParam(name = "hizb_number", required = false) @Nullable String hizb,
            @RequestParam(name = "rub_el_hizb_number", required = false) @Nullable String rub,
            @RequestParam(name = "manzil_number", required = false) @Nullable String manzil,
            @RequestParam(name = "ruku_number", required = false) @Nullable String ruku,
            @RequestParam(name = "verse_key", required = false) @Nullable String verseKey,
            HttpServletRequest request) {
        return dump(request, ResourceType.TRANSLATION, id, commercialOnly,
                VerseFilter.parse(catalog, chapter, juz, page, hizb, rub, manzil, ruku, verseKey));
    }

    @Operation(summary = "The whole text of one tafsir")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ResourceTexts.class)))
    @GetMapping("/tafsirs/{tafsir_id}")
    ResponseEntity<byte[]> tafsir(@PathVariable("tafsir_id") String id,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            @RequestParam(name = "chapter_number", required = false) @Nullable String chapter,
            @RequestParam(name = "juz_number", required = false) @Nullable String juz,
            @RequestParam(name = "page_number", required = false) @Nullable String page,
            @RequestParam(name = "hizb_number", required = false) @Nullable String hizb,
            @RequestParam(name = "rub_el_hizb_number", required = false) @Nullable String rub,
            @RequestParam(name = "manzil_number", required = false) @Nullable String manzil,
            @RequestParam(name = "ruku_number", required = false) @Nullable String ruku,
            @RequestParam(name = "verse_key", required = false) @Nullable String verseKey,
            HttpServletRequest request) {
        return dump(request, ResourceType.TAFSIR, id, commercialOnly,
                VerseFilter.parse(catalog, chapter, juz, page, hizb, rub, manzil, ruku, verseKey));
    }

    private ResponseEntity<byte[]> dump(HttpServletRequest request, ResourceType type, String rawId,
            @Nullable String commercialOnly, VerseFilter filter) {
        var resources = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        Resource resource = catalog.resource(type, Params.number(type.apiName() + "_id", rawId), resources);
        return responses.serve(request, "quran/" + type.plural() + "/" + resource.id() + "?" + filter.canonical()
                + "&" + resources.canonical(),
                () -> {
                    var list = new ArrayList<Map<String, Object>>();
                    if (!filter.empty()) {
                        var texts = catalog.texts(type, List.of(resource.id()), filter.firstId(), filter.lastId(),
                                resources)
                                .get(resource.id());
                        for (int verseId = filter.firstId(); verseId <= filter.lastId(); verseId++) {
                            var t = texts.get(verseId);
                            if (t != null) {
                                list.add(V4Presenter.object("resource_id", resource.id(), "text", t.text(),
                                        "verse_key", VerseKey.ofId(verseId).toString()));
                            }
                        }
                    }
                    var meta = meta(filter, resource.attribution());
                    meta.put(type.apiName() + "_name", resource.name());
                    meta.put("author_name", resource.authorName());
                    meta.put("version", resource.version());
                    meta.put("license", resource.licenseId());
                    meta.put("direction", resource.direction());
                    return V4Presenter.object(type.plural(), list, "meta", meta);
                });
    }

    private static Map<String, Object> meta(VerseFilter filter, String attribution) {
        var meta = new LinkedHashMap<String, Object>();
        meta.put("filters", filter.applied());
        meta.put("attribution", attribution);
        return meta;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
