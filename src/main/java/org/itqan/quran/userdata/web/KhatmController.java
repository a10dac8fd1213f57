package org.itqan.quran.userdata.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.userdata.KhatmPlans;
import org.itqan.quran.userdata.KhatmProgress;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Group khatm plans, our addition beside the QF user API (QF has no group plans). A plan is a shared goal, so it uses
 * the goal scopes: {@code goal.read} to read, {@code goal.create} to create, {@code goal.update} for every other change.
 */
@RestController
@RequestMapping("/auth/v1/khatm-plans")
@Tag(name = "Khatm plans", description = "Group khatm: parts claimed race-safely, rounds, progress and deadline")
class KhatmController {

    private final KhatmPlans plans;
    private final KhatmProgress progress;
    private final Writes writes;

    KhatmController(KhatmPlans plans, KhatmProgress progress, Writes writes) {
        this.plans = plans;
        this.progress = progress;
        this.writes = writes;
    }

    @Operation(summary = "Create a plan over juz, hizb or page with an optional deadline (scope goal.create)")
    @PostMapping
    ResponseEntity<String> userApiKhatmCreate(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.create");
        var body = JsonBody.parse(raw, Set.of("name", "division", "deadline"));
        var name = body.text("name", 100);
        var division = body.text("division", 4);
        var deadlineText = body.optionalText("deadline", 40);
        Instant deadline = null;
        if (deadlineText != null) {
            try {
                deadline = Instant.parse(deadlineText);
            } catch (DateTimeParseException e) {
                throw UserDataException.invalid("deadline", "deadline must be an ISO-8601 instant");
            }
        }
        var due = deadline;
        return writes.run(account, request, raw, key,
                () -> Writes.reply(201, json(account, plans.create(account, name, division, due))));
    }

    @Operation(summary = "Plans the caller is a member of (scope goal.read)")
    @GetMapping
    Map<String, Object> userApiKhatmList(JwtAuthenticationToken token) {
        var account = Caller.account(token, "goal.read");
        return Envelope.ok(plans.plans(account).stream().map(p -> summary(account, p)).toList());
    }

    @Operation(summary = "A plan with members and parts (scope goal.read); 404 for non-members")
    @GetMapping("/{id}")
    Map<String, Object> userApiKhatmGet(JwtAuthenticationToken token, @PathVariable("id") UUID id) {
        var account = Caller.account(token, "goal.read");
        return Envelope.ok(json(account, plans.plan(account, id)));
    }

    @Operation(summary = "Progress of the current round and who is behind the deadline (scope goal.read)")
    @GetMapping("/{id}/progress")
    Map<String, Object> userApiKhatmProgress(JwtAuthenticationToken token, @PathVariable("id") UUID id) {
        return Envelope.ok(progress.of(Caller.account(token, "goal.read"), id));
    }

    @Operation(summary = "Join with an invitation token (scope goal.update)")
    @PostMapping("/join")
    ResponseEntity<String> userApiKhatmJoin(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.update");
        var invitation = JsonBody.parse(raw, Set.of("inviteToken")).text("inviteToken", 64);
        return writes.run(account, request, raw, key,
                () -> Writes.reply(200, json(account, plans.joinByToken(account, invitation))));
    }

    @Operation(summary = "Claim a part; 409 with its state when another member holds it (scope goal.update)")
    @PostMapping("/{id}/parts/{part}/claim")
    ResponseEntity<String> userApiKhatmClaim(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @PathVariable("part") int part,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.update");
        return writes.run(account, request, null, key, () -> Writes.reply(200, plans.claim(account, id, part, null)));
    }

    @Operation(summary = "Assign a part to a member {memberId} (owner; scope goal.update)")
    @PostMapping("/{id}/parts/{part}/assign")
    ResponseEntity<String> userApiKhatmAssign(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @PathVariable("part") int part, @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.update");
        var member = CollectionController.uuid("memberId", JsonBody.parse(raw, Set.of("memberId")).text("memberId", 36));
        return writes.run(account, request, raw, key, () -> Writes.reply(200, plans.claim(account, id, part, member)));
    }

    @Operation(summary = "Mark a part the caller holds complete (scope goal.update)")
    @PostMapping("/{id}/parts/{part}/complete")
    ResponseEntity<String> userApiKhatmComplete(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id, @PathVariable("part") int part,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.update");
        return writes.run(account, request, null, key, () -> Writes.reply(200, plans.complete(account, id, part)));
    }

    @Operation(summary = "Start the next round (owner; scope goal.update)")
    @PostMapping("/{id}/restart")
    ResponseEntity<String> userApiKhatmRestart(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.update");
        return writes.run(account, request, null, key, () -> Writes.reply(200, json(account, plans.restart(account, id))));
    }

    private Map<String, Object> summary(UUID account, KhatmPlans.Plan plan) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", plan.id().toString());
        json.put("name", plan.name());
        json.put("division", plan.division());
        json.put("totalParts", plan.parts());
        json.put("round", plan.round());
        json.put("deadline", plan.deadline() == null ? null : plan.deadline().toString());
        json.put("isOwner", account.equals(plan.owner()));
        json.put("inviteToken", plan.inviteToken());
        return json;
    }

    private Map<String, Object> json(UUID account, KhatmPlans.Plan plan) {
        var json = summary(account, plan);
        json.put("members", plans.members(account, plan.id()));
        List<Map<String, Object>> parts = plans.parts(plan);
        json.put("parts", parts);
        return json;
    }
}
