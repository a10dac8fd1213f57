package org.itqan.quran.alquran;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.Mushaf;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** AlQuran Cloud {@code /v1/edition/*} and {@code /v1/meta}. */
@RestController
@RequestMapping("/v1")
@Tag(name = "AlQuran Cloud v1")
class EditionController {

    /** Filter values are identifiers, not text: anything else is a client mistake worth a 400. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z-]{1,20}");

    private final ContentCatalog catalog;
    private final Editions editions;
    private final AlQuranPresenter presenter;
    private final AlQuranResponses responses;

    EditionController(ContentCatalog catalog, Editions editions, AlQuranPresenter presenter,
            AlQuranResponses responses) {
        this.catalog = catalog;
        this.editions = editions;
        this.presenter = presenter;
        this.responses = responses;
    }

    @Operation(summary = "Editions, optionally filtered by type (quran, translation, tafsir), format (text) and "
            + "language (ISO 639-1); commercial_only=true hides editions not cleared for commercial use")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Editions.class)))
    @GetMapping("/edition")
    ResponseEntity<byte[]> editions(@RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "format", required = false) @Nullable String format,
            @RequestParam(name = "language", required = false) @Nullable String language,
            HttpServletRequest request) {
        var t = value("type", type);
        var f = value("format", format);
        var l = value("language", language);
        return list(request, "edition?" + t + "," + f + "," + l,
                e -> (t == null || e.type().equals(t)) && (f == null || f.equals("text"))
                        && (l == null || e.language().equals(l)));
    }

    @Operation(summary = "Languages that have at least one edition")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Names.class)))
    @GetMapping("/edition/language")
    ResponseEntity<byte[]> languages(HttpServletRequest request) {
        var filter = responses.filter(request);
        return responses.ok(request, "edition/language", () -> new TreeSet<>(editions.all(filter).stream()
                .map(Edition::language).toList()));
    }

    @Operation(summary = "Editions in one language")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Editions.class)))
    @GetMapping("/edition/language/{language}")
    ResponseEntity<byte[]> byLanguage(@PathVariable("language") String language, HttpServletRequest request) {
        var l = value("language", language);
        return list(request, "edition/language/" + l, e -> e.language().equals(l));
    }

    @Operation(summary = "Edition types")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Names.class)))
    @GetMapping("/edition/type")
    ResponseEntity<byte[]> types(HttpServletRequest request) {
        var filter = responses.filter(request);
        return responses.ok(request, "edition/type", () -> editions.all(filter).stream().map(Edition::type)
                .distinct().toList());
    }

    @Operation(summary = "Editions of one type: quran, translation or tafsir")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Editions.class)))
    @GetMapping("/edition/type/{type}")
    ResponseEntity<byte[]> byType(@PathVariable("type") String type, HttpServletRequest request) {
        var t = value("type", type);
        return list(request, "edition/type/" + t, e -> e.type().equals(t));
    }

    @Operation(summary = "Edition formats: only text (no audio is bundled)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Names.class)))
    @GetMapping("/edition/format")
    ResponseEntity<byte[]> formats(HttpServletRequest request) {
        return responses.ok(request, "edition/format", () -> List.of("text"));
    }

    @Operation(summary = "Editions of one format")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.Editions.class)))
    @GetMapping("/edition/format/{format}")
    ResponseEntity<byte[]> byFormat(@PathVariable("format") String format, HttpServletRequest request) {
        var f = value("format", format);
        return list(request, "edition/format/" + f, e -> f.equals("text"));
    }

    @Operation(summary = "Counts and first ayahs of every surah, sajda, ruku, page, manzil, hizbQuarter and juz")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AlQuranSchemas.MetaResponse.class)))
    @GetMapping("/meta")
    ResponseEntity<byte[]> meta(HttpServletRequest request) {
        return responses.ok(request, "meta", () -> {
            var data = new LinkedHashMap<String, Object>();
            data.put("ayahs", counted(Mushaf.VERSES, null));
            data.put("surahs", counted(Mushaf.CHAPTERS, catalog.chapters().stream().map(presenter::surah).toList()));
            data.put("sajdas", counted(Mushaf.SAJDAS, catalog.sajdas().stream().map(s -> {
                var json = reference(s.verseKey());
                json.put("recommended", s.type().equals("recommended"));
                json.put("obligatory", s.type().equals("obligatory"));
                return json;
            }).toList()));
            data.put("rukus", references(DivisionType.RUKU));
            data.put("pages", references(DivisionType.PAGE));
            data.put("manzils", references(DivisionType.MANZIL));
            data.put("hizbQuarters", references(DivisionType.RUB_EL_HIZB));
            data.put("juzs", references(DivisionType.JUZ));
            return data;
        });
    }

    private ResponseEntity<byte[]> list(HttpServletRequest request, String key, Predicate<Edition> predicate) {
        var filter = responses.filter(request);
        return responses.ok(request, key, () -> editions.all(filter).stream().filter(predicate)
                .map(presenter::edition).toList());
    }

    private Map<String, Object> references(DivisionType type) {
        var divisions = catalog.divisions(type);
        return counted(divisions.size(), divisions.stream().map(Division::firstVerseId)
                .map(id -> reference(VerseKey.ofId(id))).toList());
    }

    private static Map<String, Object> counted(int count, @Nullable Object references) {
        var json = new LinkedHashMap<String, Object>();
        json.put("count", count);
        if (references != null) {
            json.put("references", references);
        }
        return json;
    }

    private static LinkedHashMap<String, Object> reference(VerseKey key) {
        var json = new LinkedHashMap<String, Object>();
        json.put("surah", key.chapter());
        json.put("ayah", key.verse());
        return json;
    }

    private static @Nullable String value(String name, @Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!WORD.matcher(raw).matches()) {
            throw ApiProblem.invalidParameter(name, raw, Message.of("expected.name-such-as", name,
                    switch (name) {
                        case "type" -> "translation";
                        case "format" -> "text";
                        default -> "en";
                    }));
        }
        return raw.toLowerCase(java.util.Locale.ROOT);
    }
}
