package org.itqan.quran.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.RequestBodies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administration of clients, signing keys and the audit log. Every path needs the ADMIN role. */
@RestController
@RequestMapping("/api/v4/admin")
@Tag(name = "Administration", description = "Clients, signing keys, audit log (ADMIN)")
class AdminController {

    private final ClientAdministration clients;
    private final SigningKeys keys;
    private final AuditLog audit;

    AdminController(ClientAdministration clients, SigningKeys keys, AuditLog audit) {
        this.clients = clients;
        this.keys = keys;
        this.audit = audit;
    }

    @Operation(summary = "Register a client; the secret is shown only in this response")
    @PostMapping("/clients")
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, @AuthenticationPrincipal Jwt jwt) {
        RequestBodies.only(body, Set.of("name", "confidential", "scopes", "redirect_uris"));
        var confidential = body.getOrDefault("confidential", true);
        if (!(confidential instanceof Boolean)) {
            throw ApiProblem.invalidParameter("confidential", String.valueOf(confidential), Message.of("expected.boolean"));
        }
        var client = clients.create(body.get("name") instanceof String n ? n : null, (Boolean) confidential,
                strings(body, "scopes"), strings(body, "redirect_uris"), jwt.getSubject());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(client));
    }

    @Operation(summary = "List clients")
    @GetMapping("/clients")
    Map<String, Object> list() {
        return Map.of("clients", clients.list().stream().map(AdminController::json).toList());
    }

    @Operation(summary = "Rotate a confidential client's secret; the new secret is shown only in this response")
    @PostMapping("/clients/{client_id}/secret")
    Map<String, Object> rotate(@PathVariable("client_id") String clientId, @AuthenticationPrincipal Jwt jwt) {
        return json(clients.rotateSecret(clientId, jwt.getSubject()));
    }

    @Operation(summary = "Revoke a client and every token issued to it")
    @DeleteMapping("/clients/{client_id}")
    ResponseEntity<Void> revoke(@PathVariable("client_id") String clientId, @AuthenticationPrincipal Jwt jwt) {
        clients.revoke(clientId, jwt.getSubject());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Rotate the JWT signing keys; tokens signed by the old keys stay valid until they expire",
            description = "Returns the new access-token key id as `kid` (ES256) and the new ID-token key id as "
                    + "`id_token_kid` (RS256).")
    @PostMapping("/keys/rotate")
    Map<String, Object> rotateKey(@AuthenticationPrincipal Jwt jwt) {
        var rotated = keys.rotate();
        audit.record("SIGNING_KEY_ROTATED", jwt.getSubject(), rotated.accessTokenKid() + " " + rotated.idTokenKid(),
                AuditLog.Outcome.SUCCESS, null);
        return Map.of("kid", rotated.accessTokenKid(), "id_token_kid", rotated.idTokenKid());
    }

    @Operation(summary = "Recent audit events, newest first")
    @GetMapping("/audit")
    Map<String, Object> audit(@RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "limit", defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.invalidParameter("limit", Integer.toString(limit), Message.of("expected.integer-range", 1, 1000));
        }
        return Map.of("events", audit.recent(type, limit).stream().map(AuditLog::json).toList());
    }

    private static Set<String> strings(Map<String, Object> body, String key) {
        var value = body.getOrDefault(key, List.of());
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw ApiProblem.invalidParameter(key, String.valueOf(value), Message.of("expected.string-array"));
        }
        var result = new HashSet<String>();
        list.forEach(v -> result.add((String) v));
        return result;
    }

    private static Map<String, Object> json(ClientAdministration.Client c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("client_id", c.clientId());
        json.put("name", c.name());
        json.put("confidential", c.confidential());
        json.put("grant_types", c.grantTypes());
        json.put("scopes", c.scopes());
        json.put("redirect_uris", c.redirectUris());
        json.put("issued_at", c.issuedAt() == null ? null : c.issuedAt().toString());
        if (c.secret() != null) {
            json.put("client_secret", c.secret());
        }
        return json;
    }
}
