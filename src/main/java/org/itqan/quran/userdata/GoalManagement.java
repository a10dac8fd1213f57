package org.itqan.quran.userdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.shared.Mushaf;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reading goal per account, in the QF kinds: {@code QURAN_TIME} (seconds a day), {@code QURAN_PAGES} (pages a
 * day) and {@code QURAN_RANGE} (a verse range within {@code duration} days). Today's plan compares the goal with
 * today's activity day; estimates use the account's own pace (see {@link ReadingProgressManagement}).
 */
@Service
public class GoalManagement {

    public enum Kind { QURAN_TIME, QURAN_PAGES, QURAN_RANGE }

    /** A goal; {@code amount} is seconds, pages, or a range such as {@code 2:1-2:286}. */
    public record Goal(UUID id, Kind type, String amount, @Nullable Integer duration) {

        public Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", id.toString());
            json.put("type", type.name());
            json.put("amount", type == Kind.QURAN_RANGE ? amount : Integer.valueOf(amount));
            json.put("duration", duration);
            return json;
        }
    }

    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;
    private final ReadingProgressManagement reading;
    private final ContentCatalog content;

    GoalManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events, ReadingProgressManagement reading,
            ContentCatalog content) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
        this.reading = reading;
        this.content = content;
    }

    /** Sets (replaces) the account's goal. */
    @Transactional
    public Goal set(UUID account, Kind type, String amount, @Nullable Integer duration) {
        check(type, amount, duration);
        log.lock(account);
        jdbc.sql("DELETE FROM ud_goals WHERE account = ?").param(account).update();
        var goal = new Goal(UUID.randomUUID(), type, amount, duration);
        jdbc.sql("INSERT INTO ud_goals (id, account, kind, amount, duration, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(goal.id(), account, type.name(), amount, duration, Clocks.now()).update();
        events.publishEvent(new GoalChanged(account));
        return goal;
    }

    @Transactional
    public void delete(UUID account) {
        log.lock(account);
        if (jdbc.sql("DELETE FROM ud_goals WHERE account = ?").param(account).update() == 0) {
            throw UserDataException.notFound("Goal");
        }
        events.publishEvent(new GoalChanged(account));
    }

    public Optional<Goal> find(UUID account) {
        return jdbc.sql("SELECT id, kind, amount, duration FROM ud_goals WHERE account = ?").param(account)
                .query((rs, n) -> new Goal(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
                        rs.getString(3), (Integer) rs.getObject(4)))
                .optional();
    }

    /** Today's target and progress for the account's goal. */
    public Map<String, Object> today(UUID account, LocalDate today) {
        var goal = find(account).orElseThrow(() -> UserDataException.notFound("Goal"));
        var day = reading.activity(account, today, today).stream().findFirst()
                .orElse(new ActivityDay(today, 0, java.util.List.of()));
        var plan = estimate(account, goal.type(), goal.amount(), goal.duration());
        double target = ((Number) plan.get("dailyTarget")).doubleValue();
        double done = switch (goal.type()) {
            case QURAN_TIME -> day.seconds();
            case QURAN_PAGES -> pagesTouched(day);
            case QURAN_RANGE -> day.verses();
        };
        var json = new LinkedHashMap<String, Object>();
        json.put("goal", goal.json());
        json.put("date", today.toString());
        json.put("dailyTarget", plan.get("dailyTarget"));
        json.put("unit", plan.get("unit"));
        json.put("progress", done);
        json.put("remaining", Math.max(0, target - done));
        json.put("isCompleted", done >= target);
        return json;
    }

    /** The daily plan a goal means for this account: target per day, its unit, and estimated seconds a day. */
    public Map<String, Object> estimate(UUID account, Kind type, String amount, @Nullable Integer duration) {
        check(type, amount, duration);
        double pace = reading.secondsPerVerse(account);
        double versesPerPage = (double) Mushaf.VERSES / Mushaf.PAGES;
        var json = new LinkedHashMap<String, Object>();
        switch (type) {
            case QURAN_TIME -> {
                json.put("dailyTarget", Integer.parseInt(amount));
                json.put("unit", "seconds");
                json.put("estimatedSecondsPerDay", Integer.parseInt(amount));
            }
            case QURAN_PAGES -> {
                json.put("dailyTarget", Integer.parseInt(amount));
                json.put("unit", "pages");
                json.put("estimatedSecondsPerDay", Math.round(Integer.parseInt(amount) * versesPerPage * pace));
            }
            case QURAN_RANGE -> {
                var range = VerseRange.parse("amount", amount);
                int verses = range.to().id() - range.from().id() + 1;
                int perDay = (verses + duration - 1) / duration;
                json.put("dailyTarget", perDay);
                json.put("unit", "verses");
                json.put("estimatedSecondsPerDay", Math.round(perDay * pace));
            }
        }
        json.put("secondsPerVerse", Math.round(pace * 10) / 10.0);
        return json;
    }

    private int pagesTouched(ActivityDay day) {
        return (int) content.divisions(DivisionType.PAGE).stream()
                .filter(p -> day.ranges().stream().anyMatch(r -> r.from().id() <= p.lastVerseId()
                        && r.to().id() >= p.firstVerseId()))
                .count();
    }

    private static void check(Kind type, String amount, @Nullable Integer duration) {
        if (type == Kind.QURAN_RANGE) {
            VerseRange.parse("amount", amount);
            if (duration == null || duration < 1 || duration > 3650) {
                throw UserDataException.invalid("duration", "duration (days) 1 to 3650 is required for QURAN_RANGE");
            }
            return;
        }
        int max = type == Kind.QURAN_TIME ? 86_400 : Mushaf.PAGES;
        try {
            int value = Integer.parseInt(amount);
            if (value >= 1 && value <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below with the valid range
        }
        throw UserDataException.invalid("amount", "amount of " + type + " must be an integer 1 to " + max);
    }
}
