package org.itqan.quran.userdata.web;

import java.util.Map;

import org.itqan.quran.userdata.UserDataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The export of everything the user owns. Deletion is {@code DELETE /api/v4/me}; this module erases on its event. */
@RestController
@Tag(name = "User data export", description = "Everything the signed-in user owns, as one JSON document")
class AccountDataController {

    private final UserDataExport export;

    AccountDataController(UserDataExport export) {
        this.export = export;
    }

    @Operation(summary = "Export all user data (scope user.read)")
    @GetMapping("/auth/v1/export")
    ResponseEntity<Map<String, Object>> userApiUserDataExport(JwtAuthenticationToken token) {
        var account = Caller.account(token, "user.read");
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"quran-user-data.json\"")
                .body(Envelope.ok(export.export(account)));
    }
}
