package org.itqan.quran.userdata.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.userdata.PreferenceManagement;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/auth/v1/preferences")
@Tag(name = "User preferences", description = "QF user API v1: group/key/value preferences, bulk write")
class PreferenceController {

    private final PreferenceManagement preferences;
    private final Writes writes;

    PreferenceController(PreferenceManagement preferences, Writes writes) {
        this.preferences = preferences;
        this.writes = writes;
    }

    @Operation(summary = "All preferences by group (scope preference.read)")
    @GetMapping
    Map<String, Object> userApiPreferenceAll(JwtAuthenticationToken token) {
        var account = Caller.account(token, "preference.read");
        return Envelope.ok(present(preferences.all(account)));
    }

    @Operation(summary = "Set one preference {group,key,value} (scope preference.create); Idempotency-Key")
    @PostMapping
    ResponseEntity<String> userApiPreferenceSet(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "preference.create");
        var body = JsonBody.parse(raw, Set.of("group", "key", "value"));
        var group = body.text("group", 40);
        var name = body.text("key", 60);
        var value = value(body.node("value"));
        return writes.run(account, request, raw, key, () -> {
            preferences.write(account, Map.of(group, Map.of(name, value)));
            return Writes.reply(200, present(preferences.all(account)));
        });
    }

    @Operation(summary = "Set many preferences {group:{key:value}} at once (scope preference.create); Idempotency-Key")
    @PostMapping("/bulk")
    ResponseEntity<String> userApiPreferenceBulk(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "preference.create");
        var body = JsonBody.parse(raw, PreferenceManagement.GROUPS);
        var groups = new LinkedHashMap<String, Map<String, String>>();
        for (var group : PreferenceManagement.GROUPS) {
            var node = body.node(group);
            if (node == null) {
                continue;
            }
            if (!node.isObject()) {
                throw UserDataException.invalid(group, group + " must be an object of key: value");
            }
            var values = new LinkedHashMap<String, String>();
            for (var name : node.propertyNames()) {
                values.put(name, value(node.get(name)));
            }
            groups.put(group, values);
        }
        if (groups.isEmpty()) {
            throw UserDataException.invalid("body", "name at least one group");
        }
        return writes.run(account, request, raw, key, () -> {
            preferences.write(account, groups);
            return Writes.reply(200, present(preferences.all(account)));
        });
    }

    private static String value(@Nullable JsonNode node) {
        if (node == null) {
            throw UserDataException.invalid("value", "value is required");
        }
        return JsonBody.JSON.writeValueAsString(node);
    }

    private static Map<String, Object> present(Map<String, Map<String, String>> stored) {
        var json = new LinkedHashMap<String, Object>();
        stored.forEach((group, values) -> {
            var parsed = new LinkedHashMap<String, Object>();
            values.forEach((k, v) -> parsed.put(k, JsonBody.JSON.readTree(v)));
            json.put(group, parsed);
        });
        return json;
    }
}
