package org.itqan.quran.alquran;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.Mushaf;
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

/** AlQuran Cloud {@code /v1/ayah/*}: one ayah by global number or {@code surah:ayah}, and at random. */
@RestController
@RequestMapping("/v1/ayah")
@Tag(name = "AlQuran Cloud v1")
class AyahController {

    private final ContentCatalog catalog;
    private final Editions editions;
    private final AlQuranPresenter presenter;
    private final AlQuranResponses responses;

    AyahController(ContentCatalog catalog, Editions editions, AlQuranPresenter presenter,
            AlQuranResponses responses) {
        this.catalog = catalog;
        this.editions = editions;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "A random ayah in quran-uthmani (never cached)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.AyahResponse.class)))
    @GetMapping("/random")
    ResponseEntity<byte[]> random(HttpServletRequest request) {
        return random(Editions.DEFAULT, request);
    }

    @Operation(summary = "A random ayah in one edition (never cached)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.AyahResponse.class)))
    @GetMapping("/random/{edition}")
    ResponseEntity<byte[]> random(@PathVariable("edition") String edition, HttpServletRequest request) {
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        var verse = catalog.verse(ThreadLocalRandom.current().nextInt(1, Mushaf.VERSES + 1));
        return responses.uncached(ayah(verse, e, filter));
    }

    @Operation(summary = "An ayah in quran-uthmani: a number from 1 to 6236 or a reference such as 2:255")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.AyahResponse.class)))
    @GetMapping("/{reference}")
    ResponseEntity<byte[]> ayah(@PathVariable("reference") String reference, HttpServletRequest request) {
        return ayah(reference, Editions.DEFAULT, request);
    }

    @Operation(summary = "An ayah in one edition")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.AyahResponse.class)))
    @GetMapping("/{reference}/{edition}")
    ResponseEntity<byte[]> ayah(@PathVariable("reference") String reference,
            @PathVariable("edition") String edition, HttpServletRequest request) {
        var key = AlQuranParams.ayah(reference);
        var filter = responses.filter(request);
        var e = editions.get(edition, filter);
        return responses.ok(request, "ayah/" + key + "/" + e.identifier(),
                () -> ayah(catalog.verse(key), e, filter));
    }

    @Operation(summary = "An ayah in several editions, e.g. 2:255/editions/quran-uthmani,en.sahih")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.AyahEditions.class)))
    @GetMapping("/{reference}/editions/{editions}")
    ResponseEntity<byte[]> ayahEditions(@PathVariable("reference") String reference,
            @PathVariable("editions") String list, HttpServletRequest request) {
        var key = AlQuranParams.ayah(reference);
        var filter = responses.filter(request);
        var chosen = editions.list(list, filter);
        return responses.ok(request, "ayah/" + key + "/editions/" + chosen.stream().map(Edition::identifier).toList(),
                () -> chosen.stream().map(e -> ayah(catalog.verse(key), e, filter)).toList());
    }

    /** AlQuran Cloud's single-ayah shape: the text and its edition first, then the surah and positions. */
    private Map<String, Object> ayah(Verse verse, Edition edition, ResourceFilter filter) {
        var text = presenter.texts(edition, List.of(verse), filter).getOrDefault(verse.id(), "");
        var positions = presenter.ayah(verse, text, true);
        var json = new LinkedHashMap<String, Object>();
        json.put("number", positions.remove("number"));
        json.put("text", positions.remove("text"));
        json.put("edition", presenter.edition(edition));
        json.putAll(positions);
        return json;
    }
}
