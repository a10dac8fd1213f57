package org.itqan.quran.content.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Quran.com v4 {@code /resources/*}, each resource with its source, version, licence and checksum beside it. */
@RestController
@RequestMapping({"/api/v4/resources", "/content/api/v4/resources"})
@Tag(name = "Resources", description = "Translations, tafsirs and languages, with provenance and licence")
class ResourceController {

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    ResourceController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "Available translations")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Resource.class)))
    @GetMapping("/translations")
    ResponseEntity<byte[]> translations(@Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            @Parameter(description = SORT) @RequestParam(name = "sort", required = false) @Nullable String sort,
            HttpServletRequest request) {
        return list(request, ResourceType.TRANSLATION, commercialOnly, sort);
    }

    @Operation(summary = "Available tafsirs")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Resource.class)))
    @GetMapping("/tafsirs")
    ResponseEntity<byte[]> tafsirs(@Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            @Parameter(description = SORT) @RequestParam(name = "sort", required = false) @Nullable String sort,
            HttpServletRequest request) {
        return list(request, ResourceType.TAFSIR, commercialOnly, sort);
    }

    @Operation(summary = "Information, licence and checksum of a translation")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Resource.class)))
    @GetMapping("/translations/{id}/info")
    ResponseEntity<byte[]> translationInfo(@PathVariable("id") String id,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly, HttpServletRequest request) {
        return info(request, ResourceType.TRANSLATION, id, commercialOnly);
    }

    @Operation(summary = "Information, licence and checksum of a tafsir")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Resource.class)))
    @GetMapping("/tafsirs/{id}/info")
    ResponseEntity<byte[]> tafsirInfo(@PathVariable("id") String id,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly, HttpServletRequest request) {
        return info(request, ResourceType.TAFSIR, id, commercialOnly);
    }

    @Operation(summary = "Languages that have at least one translation or tafsir")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Language.class)))
    @GetMapping("/languages")
    ResponseEntity<byte[]> languages(@Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            HttpServletRequest request) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        return responses.serve(request, "resources/languages?" + filter.canonical(), () -> {
            var byIso = new TreeMap<String, Long>();
            for (var type : ResourceType.values()) {
                catalog.resources(type, filter).forEach(r -> byIso.merge(r.languageIso(), 1L, Long::sum));
            }
            var languages = byIso.entrySet().stream().map(e -> {
                var iso = e.getKey();
                var names = Languages.NAMES.getOrDefault(iso, new String[] {iso, iso});
                var json = new LinkedHashMap<String, Object>();
                json.put("id", Languages.IDS.getOrDefault(iso, 0));
                json.put("name", capitalise(names[0]));
                json.put("iso_code", iso);
                json.put("native_name", names[1]);
                json.put("direction", iso.equals("ar") || iso.equals("ur") ? "rtl" : "ltr");
                json.put("translations_count", catalog.resources(ResourceType.TRANSLATION, filter).stream()
                        .filter(r -> r.languageIso().equals(iso)).count());
                json.put("translated_name", V4Presenter.translatedName("english", capitalise(names[0])));
                return json;
            }).toList();
            return Map.of("languages", languages);
        });
    }

    static final String SORT = "Order: id (default) or name (Arabic collation, Arabic names before Latin ones). "
            + "Our extension to Quran.com v4.";

    private ResponseEntity<byte[]> list(HttpServletRequest request, ResourceType type,
            @Nullable String commercialOnly, @Nullable String sort) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        boolean byName = sort != null && !sort.isBlank() && switch (sort) {
            case "id" -> false;
            case "name" -> true;
            default -> throw ApiProblem.invalidParameter("sort", sort, Message.of("expected.resource-sort"));
        };
        var order = byName ? Comparator.comparing(Resource::name, ArabicCollation.NAMES).thenComparingInt(Resource::id)
                : Comparator.comparingInt(Resource::id);
        return responses.serve(request, "resources/" + type.plural() + "?" + filter.canonical()
                + (byName ? "&sort=name" : ""), () -> Map.of(type.plural(),
                        catalog.resources(type, filter).stream().sorted(order).map(presenter::resource).toList()));
    }

    private ResponseEntity<byte[]> info(HttpServletRequest request, ResourceType type, String rawId,
            @Nullable String commercialOnly) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        Resource resource = catalog.resource(type, Params.number("id", rawId), filter);
        return responses.serve(request, "resources/" + type.plural() + "/" + resource.id() + "/info?"
                + filter.canonical(),
                () -> Map.of(type.apiName() + "_info", presenter.resourceInfo(resource)));
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
