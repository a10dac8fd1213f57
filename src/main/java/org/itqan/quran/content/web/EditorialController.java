package org.itqan.quran.content.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.shared.Message;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ContentManagement;
import org.itqan.quran.content.Correction;
import org.itqan.quran.content.CorrectionManagement;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.RequestBodies;
import org.itqan.quran.shared.VerseKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The editorial writes, over the services that enforce the rules: EDITORs propose and decide corrections (four
 * eyes: never their own), ADMINs import a new version of a translation or tafsir. The security chain checks the
 * role; the Quran text itself has no write endpoint at all.
 */
@RestController
@RequestMapping("/api/v4")
@Tag(name = "Editorial", description = "Corrections (EDITOR, four eyes) and new resource versions (ADMIN)")
class EditorialController {

    private final CorrectionManagement corrections;
    private final ContentManagement management;
    private final ContentCatalog catalog;

    EditorialController(CorrectionManagement corrections, ContentManagement management, ContentCatalog catalog) {
        this.corrections = corrections;
        this.management = management;
        this.catalog = catalog;
    }

    @Operation(summary = "Propose a correction to one verse of a translation or tafsir (EDITOR)")
    @PostMapping("/editor/resources/{type:translations|tafsirs}/{id}/corrections")
    ResponseEntity<Map<String, Object>> propose(@PathVariable("type") String type, @PathVariable("id") String id,
            @RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt jwt) {
        RequestBodies.only(body, Set.of("verse_key", "new_text", "reason", "source_reference"));
        var resource = catalog.resource(type.equals("tafsirs") ? ResourceType.TAFSIR : ResourceType.TRANSLATION,
                Params.number("id", id));
        var correction = corrections.propose(resource.id(), VerseKey.parse(RequestBodies.text(body, "verse_key")),
                RequestBodies.text(body, "new_text"), RequestBodies.text(body, "reason"), RequestBodies.optionalText(body, "source_reference"), jwt.getSubject());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(correction));
    }

    @Operation(summary = "Approve a correction proposed by someone else (EDITOR); applies it and bumps the version")
    @PostMapping("/editor/corrections/{id}/approve")
    Map<String, Object> approve(@PathVariable("id") long id, @AuthenticationPrincipal Jwt jwt) {
        return json(corrections.approve(id, jwt.getSubject()));
    }

    @Operation(summary = "Reject a correction proposed by someone else (EDITOR)")
    @PostMapping("/editor/corrections/{id}/reject")
    Map<String, Object> reject(@PathVariable("id") long id, @AuthenticationPrincipal Jwt jwt) {
        return json(corrections.reject(id, jwt.getSubject()));
    }

    @Operation(summary = "Import a new version of a translation or tafsir from its source file (ADMIN)",
            description = "The body is the file itself: Tanzil XML (file_name ending .xml) or QuranEnc CSV (.csv). "
                    + "It is verified (6236 verses in order, no empty text) before anything is stored; the old "
                    + "version stays in the ledger.")
    @PostMapping(value = "/admin/resources/{type:translations|tafsirs}/{id}/versions")
    ResponseEntity<Map<String, Object>> importVersion(@PathVariable("type") String type,
            @PathVariable("id") String id, @RequestParam("file_name") String fileName,
            @RequestParam("version") String version, @RequestBody byte[] file) {
        if (!fileName.matches("[\\w.\\-]{1,100}\\.(xml|csv)") || !version.matches("[\\w.+\\-]{1,64}")) {
            throw ApiProblem.invalidParameter("file_name", fileName, Message.of("expected.file-name"));
        }
        var resource = catalog.resource(type.equals("tafsirs") ? ResourceType.TAFSIR : ResourceType.TRANSLATION,
                Params.number("id", id));
        var stored = management.importVersion(resource.id(), fileName, file, version);
        var json = new LinkedHashMap<String, Object>();
        json.put("id", stored.id());
        json.put("version", stored.version());
        json.put("checksum", "sha256:" + stored.sourceSha256());
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    private static Map<String, Object> json(Correction c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id());
        json.put("resource_id", c.resourceId());
        json.put("verse_key", c.verseKey().toString());
        json.put("status", c.status().apiName());
        json.put("old_text", c.oldText());
        json.put("new_text", c.newText());
        json.put("reason", c.reason());
        json.put("source_reference", c.sourceReference());
        json.put("proposed_at", c.proposedAt().toString());
        json.put("decided_at", c.decidedAt() == null ? null : c.decidedAt().toString());
        return json;
    }


}
