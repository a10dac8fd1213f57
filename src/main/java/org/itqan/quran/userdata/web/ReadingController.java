package org.itqan.quran.userdata.web;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.userdata.ReadingProgressManagement;
import org.itqan.quran.userdata.UserDataException;
import org.itqan.quran.userdata.VerseRange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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

/** Reading sessions, activity days and streaks. Activity days use the scopes of reading sessions. */
@RestController
@RequestMapping("/auth/v1")
@Tag(name = "User reading", description = "QF user API v1: reading sessions, activity days, streaks")
class ReadingController {

    private final ReadingProgressManagement reading;
    private final Cursors cursors;
    private final Writes writes;

    ReadingController(ReadingProgressManagement reading, Cursors cursors, Writes writes) {
        this.reading = reading;
        this.cursors = cursors;
        this.writes = writes;
    }

    @Operation(summary = "Reading sessions, oldest first (scope reading_session.read)")
    @GetMapping("/reading-sessions")
    Map<String, Object> userApiReadingSessions(JwtAuthenticationToken token,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "last", required = false) @Nullable Integer last,
            @RequestParam(name = "before", required = false) @Nullable String before) {
        var account = Caller.account(token, "reading_session.read");
        var keyset = cursors.keyset(account, "sessions", first, after, last, before);
        return Envelope.page(reading.sessions(account, keyset), s -> s.json(), cursors, account, "sessions");
    }

    @Operation(summary = "The last read position (scope reading_session.read)")
    @GetMapping("/reading-sessions/latest")
    Map<String, Object> userApiReadingLatest(JwtAuthenticationToken token) {
        var account = Caller.account(token, "reading_session.read");
        return Envelope.ok(reading.latest(account).map(s -> s.json()).orElse(null));
    }

    @Operation(summary = "Record the verse being read; a new session after 20 minutes idle "
            + "(scope reading_session.create); Idempotency-Key")
    @PostMapping("/reading-sessions")
    ResponseEntity<String> userApiReadingRead(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "reading_session.create");
        var body = JsonBody.parse(raw, Set.of("chapterNumber", "verseNumber"));
        int chapter = body.integer("chapterNumber", 1, Mushaf.CHAPTERS);
        var verse = VerseRange.key("verseNumber", chapter + ":" + body.integer("verseNumber", 1, 286));
        return writes.run(account, request, raw, key, () -> Writes.reply(200, reading.read(account, verse).json()));
    }

    @Operation(summary = "Add seconds and ranges read to a day of the x-timezone calendar "
            + "(scope reading_session.create); Idempotency-Key")
    @PostMapping("/activity-days")
    ResponseEntity<String> userApiReadingActivity(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "x-timezone", required = false) @Nullable String timezone,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "reading_session.create");
        var body = JsonBody.parse(raw, Set.of("seconds", "ranges", "date", "type", "mushafId"));
        var type = body.optionalText("type", 10);
        if (type != null && !type.equals("QURAN")) {
            throw UserDataException.invalid("type", "type must be QURAN");
        }
        body.optionalInteger("mushafId", 1, 20);
        int seconds = body.integer("seconds", 0, 86_400);
        var ranges = NoteController.ranges(body.optionalTexts("ranges", 50, 20));
        if (ranges == null || ranges.isEmpty()) {
            throw UserDataException.invalid("ranges", "ranges is required, e.g. [\"1:1-1:7\"]");
        }
        var today = Zones.today(timezone);
        var dateText = body.optionalText("date", 10);
        var day = dateText == null ? today : Zones.date("date", dateText);
        if (day.isAfter(today) || day.isBefore(today.minusDays(366))) {
            throw UserDataException.invalid("date", "date must be within the last year and not in the future");
        }
        return writes.run(account, request, raw, key,
                () -> Writes.reply(200, reading.recordActivity(account, day, seconds, ranges).json()));
    }

    @Operation(summary = "Activity days from..to, at most 366 days (scope reading_session.read)")
    @GetMapping("/activity-days")
    Map<String, Object> userApiReadingDays(JwtAuthenticationToken token, @RequestParam("from") String from,
            @RequestParam("to") String to) {
        var account = Caller.account(token, "reading_session.read");
        var start = Zones.date("from", from);
        var end = Zones.date("to", to);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 366) {
            throw UserDataException.invalid("to", "to must be on or after from, at most 366 days later");
        }
        return Envelope.ok(reading.activity(account, start, end).stream().map(d -> d.json()).toList());
    }

    @Operation(summary = "Estimated reading time of ranges at the account's pace (scope reading_session.read)")
    @GetMapping("/activity-days/estimate-reading-time")
    Map<String, Object> userApiReadingEstimate(JwtAuthenticationToken token, @RequestParam("ranges") String ranges) {
        var account = Caller.account(token, "reading_session.read");
        var parsed = Arrays.stream(ranges.split(",", 51)).limit(51).map(r -> VerseRange.parse("ranges", r)).toList();
        if (parsed.size() > 50) {
            throw UserDataException.invalid("ranges", "at most 50 ranges");
        }
        int verses = parsed.stream().mapToInt(r -> r.to().id() - r.from().id() + 1).sum();
        double pace = reading.secondsPerVerse(account);
        var json = new LinkedHashMap<String, Object>();
        json.put("verses", verses);
        json.put("secondsPerVerse", Math.round(pace * 10) / 10.0);
        json.put("seconds", Math.round(verses * pace));
        return Envelope.ok(json);
    }

    @Operation(summary = "Current and longest streak in the x-timezone calendar (scope streak.read)")
    @GetMapping("/streaks")
    Map<String, Object> userApiReadingStreak(JwtAuthenticationToken token,
            @RequestHeader(name = "x-timezone", required = false) @Nullable String timezone) {
        var account = Caller.account(token, "streak.read");
        return Envelope.ok(reading.streak(account, Zones.today(timezone)));
    }
}
