package org.itqan.quran.userdata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.itqan.quran.shared.VerseKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading sessions (the last read position) and activity days (seconds and verse ranges read per calendar day of the
 * user's time zone). A reading that comes {@link #SESSION_GAP} or more after the last one starts a new session, so
 * the session list is the user's reading history and its newest entry is where to resume.
 */
@Service
public class ReadingProgressManagement {

    public static final Duration SESSION_GAP = Duration.ofMinutes(20);
    /** Assumed pace when the account has no history yet; replaced by the account's own pace once it has one. */
    public static final int DEFAULT_SECONDS_PER_VERSE = 30;
    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;

    ReadingProgressManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
    }

    /** A session: where it started, the verse last read, and when. */
    public record Session(UUID id, long seq, VerseKey verse, Instant startedAt, Instant updatedAt) {

        public Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", id.toString());
            json.put("chapterNumber", verse.chapter());
            json.put("verseNumber", verse.verse());
            json.put("verseKey", verse.toString());
            json.put("startedAt", startedAt.toString());
            json.put("updatedAt", updatedAt.toString());
            return json;
        }
    }

    @Transactional
    public Session read(UUID account, VerseKey verse) {
        log.lock(account);
        var now = Clocks.now();
        var open = latest(account).filter(s -> s.updatedAt().isAfter(now.toInstant().minus(SESSION_GAP)));
        UUID id;
        if (open.isPresent()) {
            id = open.get().id();
            jdbc.sql("UPDATE ud_reading_sessions SET chapter = ?, verse = ?, updated_at = ? WHERE id = ?")
                    .params(verse.chapter(), verse.verse(), now, id).update();
        } else {
            id = UUID.randomUUID();
            jdbc.sql("INSERT INTO ud_reading_sessions (id, account, chapter, verse, started_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").params(id, account, verse.chapter(), verse.verse(), now, now).update();
        }
        events.publishEvent(new ReadingRecorded(account, id, verse.toString()));
        return latest(account).orElseThrow();
    }

    public Optional<Session> latest(UUID account) {
        return jdbc.sql("SELECT * FROM ud_reading_sessions WHERE account = ? ORDER BY seq DESC LIMIT 1")
                .param(account).query(ReadingProgressManagement::session).optional();
    }

    public Slice<Session> sessions(UUID account, Keyset keyset) {
        return Keysets.page(jdbc, "ud_reading_sessions", "*", "account = :account", Map.of("account", account),
                keyset, ReadingProgressManagement::session, Session::seq);
    }

    /** Adds reading to a day: seconds accumulate and ranges merge (a verse read twice counts once). */
    @Transactional
    public ActivityDay recordActivity(UUID account, LocalDate day, int seconds, List<VerseRange> ranges) {
        log.lock(account);
        var current = activity(account, day, day).stream().findFirst();
        var merged = ActivityDay.merge(current.map(ActivityDay::ranges).orElse(List.of()), ranges);
        int total = current.map(ActivityDay::seconds).orElse(0) + seconds;
        var day1 = new ActivityDay(day, total, merged);
        if (current.isPresent()) {
            jdbc.sql("UPDATE ud_activity_days SET seconds_read = ?, verses_read = ?, ranges = ? "
                    + "WHERE account = ? AND activity_date = ?")
                    .params(total, day1.verses(), ActivityDay.store(merged), account, day).update();
        } else {
            jdbc.sql("INSERT INTO ud_activity_days (account, activity_date, seconds_read, verses_read, ranges) "
                    + "VALUES (?, ?, ?, ?, ?)").params(account, day, total, day1.verses(), ActivityDay.store(merged))
                    .update();
        }
        events.publishEvent(new ActivityRecorded(account, day.toString()));
        return day1;
    }

    public List<ActivityDay> activity(UUID account, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT activity_date, seconds_read, ranges FROM ud_activity_days WHERE account = ? "
                + "AND activity_date BETWEEN ? AND ? ORDER BY activity_date").params(account, from, to)
                .query((rs, n) -> new ActivityDay(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        ActivityDay.load(rs.getString(3))))
                .list();
    }

    /** The account's pace in seconds per verse over all its activity, or the default when it has none. */
    public double secondsPerVerse(UUID account) {
        var totals = jdbc.sql("SELECT COALESCE(SUM(seconds_read), 0), COALESCE(SUM(verses_read), 0) "
                + "FROM ud_activity_days WHERE account = ?").param(account)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return totals[1] == 0 || totals[0] == 0 ? DEFAULT_SECONDS_PER_VERSE : (double) totals[0] / totals[1];
    }

    /** Current streak (consecutive days ending today or yesterday) and the longest, in days of the given calendar. */
    public Map<String, Object> streak(UUID account, LocalDate today) {
        var days = jdbc.sql("SELECT activity_date FROM ud_activity_days WHERE account = ? AND seconds_read > 0 "
                + "ORDER BY activity_date").param(account).query(LocalDate.class).list();
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (var day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean alive = previous != null && !previous.isBefore(today.minusDays(1));
        var json = new LinkedHashMap<String, Object>();
        json.put("currentStreak", alive ? run : 0);
        json.put("longestStreak", longest);
        json.put("lastActiveDate", previous == null ? null : previous.toString());
        json.put("today", today.toString());
        return json;
    }

    static Session session(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getLong("seq"),
                new VerseKey(rs.getInt("chapter"), rs.getInt("verse")),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
