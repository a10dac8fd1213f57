package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The expected share of a round done by now: linear from the round's start to the deadline, for any Instants. */
class KhatmProgressTests {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void growsLinearlyFromTheRoundsStartToTheDeadline() {
        var plan = plan(START.plus(Duration.ofDays(30)));
        assertThat(KhatmProgress.expected(plan, START.minusSeconds(60))).isZero();
        assertThat(KhatmProgress.expected(plan, START.plus(Duration.ofDays(15)))).isCloseTo(0.5, within(1e-9));
        assertThat(KhatmProgress.expected(plan, START.plus(Duration.ofDays(40)))).isEqualTo(1);
        assertThat(KhatmProgress.expected(plan(null), START)).isZero();
    }

    @Test
    void doesNotOverflowForADeadlineStoredBeforeDeadlinesWereBounded() {
        // toEpochMilli of these throws ArithmeticException (long overflow): progress was a 500 for such a plan
        for (var deadline : new Instant[] {Instant.MAX, Instant.parse("+999999999-12-31T23:59:59Z")}) {
            var share = KhatmProgress.expected(plan(deadline), START.plus(Duration.ofDays(365)));
            assertThat(share).as(deadline.toString()).isBetween(0.0, 1e-6);
        }
        assertThat(KhatmProgress.expected(plan(Instant.MAX), Instant.MAX)).isEqualTo(1);
        assertThat(KhatmProgress.expected(plan(Instant.MIN), START)).as("a deadline before the start").isEqualTo(1);
    }

    private static KhatmPlans.Plan plan(@Nullable Instant deadline) {
        return new KhatmPlans.Plan(UUID.randomUUID(), "k", "juz", 30, 1, deadline, START, "token", UUID.randomUUID());
    }
}
