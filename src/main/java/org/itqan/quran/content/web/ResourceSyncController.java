package org.itqan.quran.content.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.content.ResourceChange;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Our addition for offline apps: download a whole resource with its checksum, and a change feed that says which
 * resources changed since the last sync. An app keeps the {@code sync_token} of its last sync and asks again with
 * it; it downloads what is listed and verifies each copy against {@code meta.sha256}.
 */
@RestController
@RequestMapping({"/api/v4/resources", "/content/api/v4/resources"})
@Tag(name = "Offline copies", description = "Whole-resource downloads and the change feed (our addition)")
class ResourceSyncController {

    private static final String TOKEN_PREFIX = "t1:";

    private final ContentCatalog catalog;
    private final ImmutableResponses responses;

    ResourceSyncController(ContentCatalog catalog, ImmutableResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @Operation(summary = "Download a whole translation or tafsir",
            description = "The body's meta.sha256 (also in the X-Content-SHA256 header) is the SHA-256 of the texts "
                    + "as described in meta.algorithm; it equals the integrity manifest's entry.")
    @GetMapping("/{type:translations|tafsirs}/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable("type") String type, @PathVariable("id") String id,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly,
            HttpServletRequest request) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var resourceType = type.equals("tafsirs") ? org.itqan.quran.content.ResourceType.TAFSIR
                : org.itqan.quran.content.ResourceType.TRANSLATION;
        var resource = catalog.resource(resourceType, Params.number("id", id), filter);
        var sha256 = catalog.state(resource).sha256();
        var response = responses.serve(request, "resources/" + type + "/" + resource.id() + "/download",
                () -> OfflineCopy.of(catalog, resource));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(OfflineCopy.SHA256_HEADER, sha256).body(response.getBody());
    }

    @Operation(summary = "Resources changed since a time or a sync token, oldest first",
            description = "Without updated_after every resource is listed (a first sync). The answer's sync_token "
                    + "is what to send next time; available lists every resource the client may keep, so copies "
                    + "not in it are to be deleted. Resources hidden by commercial_only are not listed.")
    @GetMapping("/changes")
    ResponseEntity<Map<String, Object>> changes(
            @Parameter(description = "An ISO-8601 instant (2025-01-01T00:00:00Z) or a sync_token from an earlier "
                    + "answer") @RequestParam(name = "updated_after", required = false) @Nullable String updatedAfter,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var after = after(updatedAfter);
        var changes = catalog.changes(after, filter);
        var latest = changes.stream().map(ResourceChange::updatedAt).max(Instant::compareTo)
                .orElse(after == null ? Instant.EPOCH : after);
        var body = new LinkedHashMap<String, Object>();
        body.put("changes", changes.stream().map(OfflineCopy::meta).toList());
        // Every resource this client may hold now: a copy not listed here was withdrawn (or is now hidden by a
        // licence setting) and should be deleted, which a list of changes alone cannot say.
        body.put("available", catalog.changes(null, filter).stream()
                .map(c -> V4Presenter.object("type", c.resource().type().apiName(), "id", c.resource().id()))
                .toList());
        body.put("sync_token", token(latest));
        body.put("content_version", catalog.contentVersion());
        // Not cached: a re-import of identical text changes updated_at but not the content version.
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    static String token(Instant instant) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + instant).getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable Instant after(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var expected = Message.of("expected.updated-after");
        if (raw.length() > 100) {
            throw ApiProblem.invalidParameter("updated_after", raw, expected);
        }
        try {
            if (Character.isDigit(raw.charAt(0)) && raw.contains("T")) {
                return Instant.parse(raw);
            }
            var decoded = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
            if (!decoded.startsWith(TOKEN_PREFIX)) {
                throw ApiProblem.invalidParameter("updated_after", raw, expected);
            }
            return Instant.parse(decoded.substring(TOKEN_PREFIX.length()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiProblem.invalidParameter("updated_after", raw, expected);
        }
    }
}
