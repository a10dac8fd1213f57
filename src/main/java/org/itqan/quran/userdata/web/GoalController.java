package org.itqan.quran.userdata.web;

import java.util.Map;
import java.util.Set;

import org.itqan.quran.userdata.GoalManagement;
import org.itqan.quran.userdata.GoalManagement.Kind;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/auth/v1/goals")
@Tag(name = "User goals", description = "QF user API v1: QURAN_TIME, QURAN_PAGES and QURAN_RANGE goals")
class GoalController {

    private final GoalManagement goals;
    private final Writes writes;

    GoalController(GoalManagement goals, Writes writes) {
        this.goals = goals;
        this.writes = writes;
    }

    @Operation(summary = "The account's goal, or null (scope goal.read)")
    @GetMapping
    Map<String, Object> userApiGoalGet(JwtAuthenticationToken token) {
        var account = Caller.account(token, "goal.read");
        return Envelope.ok(goals.find(account).map(g -> g.json()).orElse(null));
    }

    @Operation(summary = "Set the goal, replacing any (scope goal.create); Idempotency-Key")
    @PostMapping
    ResponseEntity<String> userApiGoalSet(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.create");
        var body = JsonBody.parse(raw, Set.of("type", "amount", "duration"));
        var type = kind(body.text("type", 20));
        var amount = amount(body.node("amount"));
        var duration = body.optionalInteger("duration", 1, 3650);
        return writes.run(account, request, raw, key,
                () -> Writes.reply(201, goals.set(account, type, amount, duration).json()));
    }

    @Operation(summary = "Remove the goal (scope goal.delete); Idempotency-Key")
    @DeleteMapping
    ResponseEntity<String> userApiGoalDelete(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "goal.delete");
        return writes.run(account, request, null, key, () -> {
            goals.delete(account);
            return Writes.reply(200, Map.of("deleted", true));
        });
    }

    @Operation(summary = "Today's plan and progress in the x-timezone calendar (scope goal.read)")
    @GetMapping("/today")
    Map<String, Object> userApiGoalToday(JwtAuthenticationToken token,
            @RequestHeader(name = "x-timezone", required = false) @Nullable String timezone) {
        var account = Caller.account(token, "goal.read");
        return Envelope.ok(goals.today(account, Zones.today(timezone)));
    }

    @Operation(summary = "Estimate the daily plan of a goal at the account's pace (scope goal.read)")
    @GetMapping("/estimate")
    Map<String, Object> userApiGoalEstimate(JwtAuthenticationToken token, @RequestParam("type") String type,
            @RequestParam("amount") String amount,
            @RequestParam(name = "duration", required = false) @Nullable Integer duration) {
        var account = Caller.account(token, "goal.read");
        if (amount.length() > 40) {
            throw UserDataException.invalid("amount", "amount is too long");
        }
        return Envelope.ok(goals.estimate(account, kind(type), amount, duration));
    }

    private static Kind kind(String text) {
        try {
            return Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw UserDataException.invalid("type", "type must be QURAN_TIME, QURAN_PAGES or QURAN_RANGE");
        }
    }

    private static String amount(@Nullable JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return Integer.toString(node.asInt());
        }
        if (node != null && node.isString() && node.asString().length() <= 40) {
            return node.asString();
        }
        throw UserDataException.invalid("amount", "amount is required: seconds, pages, or a range like 2:1-2:286");
    }
}
