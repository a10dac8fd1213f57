package org.itqan.quran.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Correction;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceLedger;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.ResourceVersion;
import org.itqan.quran.shared.VerseKey;
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

/**
 * Our addition: the public ledger of a translation or tafsir, every stored version and every correction proposed to
 * it with its decision. Who proposed and who decided are not published (they are accounts, i.e. personal data); the
 * ledger states that the two were different people, which the four-eyes rule guarantees.
 */
@RestController
@RequestMapping({"/api/v4/resources", "/content/api/v4/resources"})
@Tag(name = "Offline copies")
class LedgerController {

    private final ContentCatalog catalog;
    private final ResourceLedger ledger;

    LedgerController(ContentCatalog catalog, ResourceLedger ledger) {
        this.catalog = catalog;
        this.ledger = ledger;
    }

    @Operation(summary = "The public ledger of a resource: its versions and the corrections proposed to it",
            description = "verse_key restricts the corrections to one verse. Not cached: a new proposal changes "
                    + "the ledger without changing the content.")
    @GetMapping("/{type:translations|tafsirs}/{id}/changes")
    ResponseEntity<Map<String, Object>> changes(@PathVariable("type") String type, @PathVariable("id") String id,
            @Parameter(description = "A verse key such as 2:255")
            @RequestParam(name = "verse_key", required = false) @Nullable String verseKey,
            @Parameter(description = ResourceTextController.COMMERCIAL_ONLY)
            @RequestParam(name = ResourceFilter.PARAMETER, required = false) @Nullable String commercialOnly) {
        var filter = catalog.filter(ResourceFilter.ofParameter(commercialOnly));
        var resource = catalog.resource(type.equals("tafsirs") ? ResourceType.TAFSIR : ResourceType.TRANSLATION,
                Params.number("id", id), filter);
        var verse = verseKey == null || verseKey.isEmpty() ? null : VerseKey.parse(verseKey);
        var body = new LinkedHashMap<String, Object>();
        body.put("resource_id", resource.id());
        body.put("version", resource.version());
        body.put("versions", ledger.versions(resource).stream().map(LedgerController::version).toList());
        body.put("corrections", ledger.corrections(resource, verse).stream().map(LedgerController::correction)
                .toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    private static Map<String, Object> version(ResourceVersion v) {
        var json = new LinkedHashMap<String, Object>();
        json.put("version", v.version());
        json.put("origin", v.origin());
        json.put("source_file", v.sourceFile());
        json.put("source_sha256", v.sourceSha256());
        json.put("sha256", v.contentSha256());
        json.put("recorded_at", v.recordedAt().toString());
        return json;
    }

    private static Map<String, Object> correction(Correction c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("verse_key", c.verseKey().toString());
        json.put("status", c.status().apiName());
        json.put("old_text", c.oldText());
        json.put("new_text", c.newText());
        json.put("reason", c.reason());
        json.put("source_reference", c.sourceReference());
        json.put("proposed_at", c.proposedAt().toString());
        json.put("decided_at", c.decidedAt() == null ? null : c.decidedAt().toString());
        json.put("four_eyes", c.decidedBy() != null && !c.decidedBy().equals(c.proposedBy()));
        return json;
    }
}
