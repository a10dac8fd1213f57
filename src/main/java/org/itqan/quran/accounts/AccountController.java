package org.itqan.quran.accounts;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.RequestBodies;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Registration, the signed-in account, and account administration. Bodies are read as maps and checked member by
 * member, so that an unknown member such as {@code role} or {@code id} is rejected rather than silently bound.
 */
@RestController
@RequestMapping("/api/v4")
@Tag(name = "Accounts", description = "Registration, password change, deletion, roles")
class AccountController {

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Register an account (role USER)")
    @PostMapping("/accounts")
    ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body) {
        RequestBodies.only(body, Set.of("email", "password", "display_name"));
        var account = accounts.register(RequestBodies.text(body, "email"), RequestBodies.text(body, "password"), RequestBodies.optionalText(body, "display_name"));
        return ResponseEntity.created(URI.create("/api/v4/me")).body(json(account));
    }

    @Operation(summary = "The signed-in account")
    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
        return json(accounts.find(accountId(jwt)).orElseThrow(AccountProblems::notFound));
    }

    @Operation(summary = "Change the signed-in account's password")
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal Jwt jwt, @RequestBody Map<String, Object> body) {
        RequestBodies.only(body, Set.of("current_password", "new_password"));
        accounts.changePassword(accountId(jwt), RequestBodies.text(body, "current_password"), RequestBodies.text(body, "new_password"));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Delete the signed-in account and its personal data")
    @DeleteMapping("/me")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt) {
        accounts.delete(accountId(jwt));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List accounts (ADMIN)")
    @GetMapping("/admin/accounts")
    Map<String, Object> list(@RequestParam(name = "limit", defaultValue = "50") int limit,
            @RequestParam(name = "offset", defaultValue = "0") int offset) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw ApiProblem.invalidParameter("limit", Integer.toString(limit), Message.of("expected.limit-offset"));
        }
        return Map.of("accounts", accounts.list(limit, offset).stream().map(AccountController::json).toList());
    }

    @Operation(summary = "Change an account's role (ADMIN)")
    @PutMapping("/admin/accounts/{id}/role")
    Map<String, Object> changeRole(@PathVariable("id") UUID id, @RequestBody Map<String, Object> body,
            @AuthenticationPrincipal Jwt jwt) {
        RequestBodies.only(body, Set.of("role"));
        Role role;
        try {
            role = Role.valueOf(RequestBodies.text(body, "role"));
        } catch (IllegalArgumentException e) {
            throw AccountProblems.invalid("role", Message.of("detail.account.role"));
        }
        return json(accounts.changeRole(id, role, jwt.getSubject()));
    }

    static UUID accountId(Jwt jwt) {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            // A client-credentials token has the client as subject: it acts for no account.
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    Message.of("detail.account.user-token-required"));
        }
    }

    private static Map<String, Object> json(Account a) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", a.id().toString());
        json.put("email", a.email());
        json.put("role", a.role().name());
        json.put("display_name", a.displayName());
        json.put("created_at", a.createdAt().toString());
        return json;
    }



}
