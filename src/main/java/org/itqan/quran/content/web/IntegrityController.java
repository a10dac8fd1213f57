package org.itqan.quran.content.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.IntegrityReport;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.integrity.IntegrityVerifier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Our additions: the public integrity manifest and the attribution notice the data's terms require. */
@RestController
@RequestMapping({"/api/v4", "/content/api/v4"})
@Tag(name = "Integrity", description = "Checksums of every stored text and the attribution notice")
class IntegrityController {

    private final ContentCatalog catalog;
    private final IntegrityVerifier verifier;

    IntegrityController(ContentCatalog catalog, IntegrityVerifier verifier) {
        this.catalog = catalog;
        this.verifier = verifier;
    }

    @Operation(summary = "Integrity manifest: per stored text, its source file, SHA-256, row count and last check")
    @GetMapping("/integrity/manifest")
    ResponseEntity<Map<String, Object>> manifest(@Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var report = verifier.current();
        // A resource the filter hides is not mentioned here either, not even by its checksum.
        var hidden = new java.util.HashSet<String>();
        for (var type : org.itqan.quran.content.ResourceType.values()) {
            var visible = catalog.ids(type, filter);
            report.entries().stream().map(IntegrityReport.Entry::key)
                    .filter(k -> k.startsWith(type.apiName() + ":"))
                    .filter(k -> !visible.contains(Integer.parseInt(k.substring(k.indexOf(':') + 1))))
                    .forEach(hidden::add);
        }
        var hiddenFiles = report.entries().stream().filter(e -> hidden.contains(e.key()))
                .map(IntegrityReport.Entry::sourceFile).toList();
        var resources = report.entries().stream().filter(e -> !hidden.contains(e.key())).map(e -> {
            var json = new LinkedHashMap<String, Object>();
            json.put("key", e.key());
            json.put("source_file", e.sourceFile());
            json.put("source_sha256", e.sourceSha256());
            json.put("rows", e.expectedRows());
            json.put("sha256", e.expectedSha256());
            json.put("intact", e.intact());
            if (!e.intact()) {
                json.put("stored_sha256", e.actualSha256());
                json.put("changed_verses", e.changedVerses());
            }
            return json;
        }).toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("content_version", catalog.contentVersion());
        body.put("intact", report.intact());
        body.put("checked_at", report.checkedAt().toString());
        body.put("algorithm", "SHA-256 over rows in reading order; fields joined by U+001F, rows ended by U+001E");
        body.put("resources", resources);
        var dataFiles = catalog.dataFileChecksums();
        dataFiles.keySet().removeAll(hiddenFiles);
        body.put("data_files", dataFiles);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    @Operation(summary = "The NOTICE: attribution and terms of every bundled text")
    @GetMapping(value = "/notice", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> notice() {
        // Part of the jar, so it changes only with a release: read once, cached by clients for the content max-age.
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(Notice.TEXT);
    }

    /** The NOTICE file's text, loaded on first use. */
    private static final class Notice {

        static final String TEXT = load();

        private static String load() {
            try (var in = new ClassPathResource("NOTICE").getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
