package org.itqan.quran.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.DivisionType;
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

/** Quran.com v4 divisions: {@code /juzs}, {@code /hizbs}, {@code /rub_el_hizbs}, {@code /manzils}, {@code /rukus}. */
@RestController
@RequestMapping({"/api/v4", "/content/api/v4"})
@Tag(name = "Divisions", description = "Juzs, hizbs, rub el hizbs, manzils, rukus, pages and sajdas")
class DivisionController {

    private final ContentCatalog catalog;
    private final V4Presenter presenter;
    private final ImmutableResponses responses;

    DivisionController(ContentCatalog catalog, V4Presenter presenter, ImmutableResponses responses) {
        this.catalog = catalog;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "All divisions of one kind: juzs, hizbs, rub_el_hizbs, manzils, rukus or pages")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Division.class)))
    @GetMapping({"/juzs", "/hizbs", "/rub_el_hizbs", "/manzils", "/rukus", "/pages"})
    ResponseEntity<byte[]> list(HttpServletRequest request) {
        var type = typeOf(request.getRequestURI());
        return responses.serve(request, type.plural(), () -> Map.of(type.plural(),
                catalog.divisions(type).stream().map(presenter::division).toList()));
    }

    @Operation(summary = "One division by number, e.g. /juzs/30")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = V4Schemas.Division.class)))
    @GetMapping({"/juzs/{number}", "/hizbs/{number}", "/rub_el_hizbs/{number}", "/manzils/{number}",
        "/rukus/{number}", "/pages/{number}"})
    ResponseEntity<byte[]> one(@PathVariable("number") String number, HttpServletRequest request) {
        var type = typeOf(request.getRequestURI());
        var division = catalog.division(type, Params.number(type.singular() + "_number", number));
        return responses.serve(request, type.plural() + "/" + division.number(),
                () -> Map.of(type.singular(), presenter.division(division)));
    }

    @Operation(summary = "The 15 verses of prostration (our addition)")
    @GetMapping("/sajdas")
    ResponseEntity<byte[]> sajdas(HttpServletRequest request) {
        return responses.serve(request, "sajdas", () -> Map.of("sajdas", catalog.sajdas().stream().map(s -> {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", s.number());
            json.put("sajdah_number", s.number());
            json.put("verse_key", s.verseKey().toString());
            json.put("verse_id", s.verseKey().id());
            json.put("sajdah_type", s.type());
            return json;
        }).toList()));
    }

    private static DivisionType typeOf(String uri) {
        var path = uri.substring(uri.indexOf("/v4/") + 4);
        var plural = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        for (var type : DivisionType.values()) {
            if (type.plural().equals(plural)) {
                return type;
            }
        }
        throw new IllegalStateException("unmapped division path " + uri);
    }
}
