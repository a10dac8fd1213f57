package org.itqan.quran.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.shared.VerseKey;
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

/**
 * Quran.com v4 {@code /translations/{resource_id}/by_*} and {@code /tafsirs/{resource_id}/by_*}: one resource's text
 * over a chapter, division or single verse. A division is at most one juz, so the whole run is returned at once.
 */
@RestController
@RequestMapping({"/api/v4", "/content/api/v4"})
@Tag(name = "Translations and tafsirs", description = "One resource's text by chapter, division or verse")
class ResourceTextController {

    static final String COMMERCIAL_ONLY = "true hides translations and tafsirs whose licence does not allow "
            + "commercial use (our addition): they answer 404 as if they did not exist.";

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    ResourceTextController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "A translation's or tafsir's text over a chapter or division",
            description = "`{type}` is translations or tafsirs; `{division}` is by_chapter, by_juz, by_page, "
                    + "by_hizb, by_rub_el_hizb, by_manzil or by_ruku.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ResourceTexts.class)))
    @GetMapping("/{type:translations|tafsirs}/{resource_id}/{division:by_chapter|by_juz|by_page|by_hizb|by_rub_el_hizb|by_manzil|by_ruku}/{number}")
    ResponseEntity<byte[]> byDivision(@PathVariable("type") String type,
            @PathVariable("resource_id") String resourceId, @PathVariable("division") String division,
            @PathVariable("number") String number,
            @Parameter(description = "Extra fields: resource_name, language_name, verse_id, chapter_id, "
                    + "verse_number, juz_number, hizb_number, rub_el_hizb_number, page_number, foot_notes")
            @RequestParam(name = "fields", required = false) @Nullable String fields,
            @Parameter(description = COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly, HttpServletRequest request) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var resource = resource(type, resourceId, filter);
        var selection = division.substring(3);
        int first;
        int last;
        if (selection.equals("chapter")) {
            var chapter = catalog.chapter(Params.number("chapter_number", number));
            first = chapter.firstVerseId();
            last = chapter.lastVerseId();
        } else {
            var d = catalog.division(DivisionType.ofSingular(selection),
                    Params.number(selection + "_number", number));
            first = d.firstVerseId();
            last = d.lastVerseId();
        }
        return texts(request, resource, division + "/" + number, first, last, fields, filter);
    }

    @Operation(summary = "A translation's or tafsir's text for one verse")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.ResourceTexts.class)))
    @GetMapping("/{type:translations|tafsirs}/{resource_id}/by_ayah/{verse_key}")
    ResponseEntity<byte[]> byAyah(@PathVariable("type") String type, @PathVariable("resource_id") String resourceId,
            @PathVariable("verse_key") String verseKey,
            @RequestParam(name = "fields", required = false) @Nullable String fields,
            @Parameter(description = COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly, HttpServletRequest request) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var resource = resource(type, resourceId, filter);
        var key = VerseKey.parse(verseKey);
        return texts(request, resource, "by_ayah/" + key, key.id(), key.id(), fields, filter);
    }

    private Resource resource(String type, String rawId, ResourceFilter filter) {
        return catalog.resource(presenter.typeOf(type), Params.number("resource_id", rawId), filter);
    }

    private ResponseEntity<byte[]> texts(HttpServletRequest request, Resource resource, String selection, int first,
            int last, @Nullable String rawFields, ResourceFilter filter) {
        var fields = Params.fields("fields", rawFields, VerseQuery.TRANSLATION_FIELDS,
                VerseQuery.UNSERVED_TRANSLATION_FIELDS);
        // verse_key is always present here: without it a client cannot place a text whose verse has none.
        var translationFields = new java.util.LinkedHashSet<>(fields);
        translationFields.add("verse_key");
        var query = new VerseQuery("en", false, List.of(resource.id()), List.of(), Set.of(), Set.of(),
                translationFields, 1, last - first + 1, filter);
        return responses.serve(request, resource.type().plural() + "/" + resource.id() + "/" + selection + "?"
                + translationFields + "&" + filter.canonical(), () -> {
                    var texts = catalog.texts(resource.type(), List.of(resource.id()), first, last, filter)
                            .get(resource.id());
                    var list = new ArrayList<Map<String, Object>>();
                    for (int id = first; id <= last; id++) {
                        var text = texts.get(id);
                        if (text != null) {
                            list.add(resource.type() == ResourceType.TRANSLATION
                                    ? presenter.translation(text, catalog.verse(id), query)
                                    : presenter.tafsir(text));
                        }
                    }
                    return V4Presenter.object(resource.type().plural(), list,
                            "meta", V4Presenter.object("resource_id", resource.id(), "name", resource.name(),
                                    "author_name", resource.authorName(), "language_name", resource.languageName(),
                                    "direction", resource.direction(),
                                    "version", resource.version(), "attribution", resource.attribution()),
                            "pagination", V4Presenter.pagination(Math.max(1, list.size()), 1, list.size()));
                });
    }
}
