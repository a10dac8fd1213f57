package org.itqan.quran.userdata;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Progress of a khatm plan's current round, and who is behind. With a deadline, the expected share of parts done
 * grows linearly from the round's start to the deadline; a member is behind when the share of the parts they hold
 * that is complete is below it (after the deadline: when any part they hold is incomplete). The plan is behind when
 * the share of all parts complete is below it.
 */
@Service
public class KhatmProgress {

    private final KhatmPlans plans;

    KhatmProgress(KhatmPlans plans) {
        this.plans = plans;
    }

    public Map<String, Object> of(UUID account, UUID id) {
        var plan = plans.plan(account, id);
        var parts = plans.parts(plan);
        long done = parts.stream().filter(p -> (Boolean) p.get("isCompleted")).count();
        double expected = expected(plan, Instant.now());
        var members = plans.members(account, id).stream().map(member -> {
            var memberId = member.get("id");
            long held = parts.stream().filter(p -> memberId.equals(p.get("claimedBy"))).count();
            long completed = parts.stream().filter(p -> memberId.equals(p.get("claimedBy"))
                    && (Boolean) p.get("isCompleted")).count();
            var json = new LinkedHashMap<String, Object>(member);
            json.put("claimed", held);
            json.put("completed", completed);
            json.put("isBehind", held > 0 && (double) completed / held < expected);
            return json;
        }).toList();
        var json = new LinkedHashMap<String, Object>();
        json.put("round", plan.round());
        json.put("totalParts", plan.parts());
        json.put("completedParts", done);
        json.put("claimedParts", parts.stream().filter(p -> p.get("claimedBy") != null).count());
        json.put("percent", Math.round(1000.0 * done / plan.parts()) / 10.0);
        json.put("deadline", plan.deadline() == null ? null : plan.deadline().toString());
        json.put("expectedPercent", Math.round(1000.0 * expected) / 10.0);
        json.put("isBehind", (double) done / plan.parts() < expected);
        json.put("members", members);
        return json;
    }

    static double expected(KhatmPlans.Plan plan, Instant now) {
        if (plan.deadline() == null) {
            return 0;
        }
        // Durations, not epoch milliseconds: toEpochMilli overflows a long for instants beyond the year 292278994,
        // and a plan stored before deadlines were bounded (KhatmPlans.LATEST_DEADLINE) may have one. A Duration
        // between any two Instants fits.
        double total = seconds(Duration.between(plan.roundStartedAt(), plan.deadline()));
        double elapsed = seconds(Duration.between(plan.roundStartedAt(), now));
        return total <= 0 ? 1 : Math.min(1, Math.max(0, elapsed / total));
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
