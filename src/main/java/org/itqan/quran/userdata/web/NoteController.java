package org.itqan.quran.userdata.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.userdata.NoteManagement;
import org.itqan.quran.userdata.UserDataException;
import org.itqan.quran.userdata.VerseRange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/auth/v1/notes")
@Tag(name = "User notes", description = "QF user API v1: private notes over verse ranges")
class NoteController {

    private final NoteManagement notes;
    private final Cursors cursors;
    private final Writes writes;

    NoteController(NoteManagement notes, Cursors cursors, Writes writes) {
        this.notes = notes;
        this.cursors = cursors;
        this.writes = writes;
    }

    @Operation(summary = "List notes (scope note.read)")
    @GetMapping
    Map<String, Object> userApiNoteList(JwtAuthenticationToken token,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "last", required = false) @Nullable Integer last,
            @RequestParam(name = "before", required = false) @Nullable String before) {
        var account = Caller.account(token, "note.read");
        var keyset = cursors.keyset(account, "notes", first, after, last, before);
        return Envelope.page(notes.list(account, keyset), n -> n.json(), cursors, account, "notes");
    }

    @Operation(summary = "Notes covering a verse (scope note.read)")
    @GetMapping("/by-verse/{verseKey}")
    Map<String, Object> userApiNoteByVerse(JwtAuthenticationToken token, @PathVariable("verseKey") String verseKey,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after) {
        var account = Caller.account(token, "note.read");
        var verse = VerseRange.key("verseKey", verseKey);
        var list = "notes-" + verse;
        var keyset = cursors.keyset(account, list, first, after, null, null);
        return Envelope.page(notes.overlapping(account, verse, verse, keyset), n -> n.json(), cursors, account, list);
    }

    @Operation(summary = "Notes overlapping a range from..to (scope note.read)")
    @GetMapping("/by-range")
    Map<String, Object> userApiNoteByRange(JwtAuthenticationToken token, @RequestParam("from") String from,
            @RequestParam("to") String to, @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after) {
        var account = Caller.account(token, "note.read");
        var range = new VerseRange(VerseRange.key("from", from), VerseRange.key("to", to));
        var list = "notes-" + range;
        var keyset = cursors.keyset(account, list, first, after, null, null);
        return Envelope.page(notes.overlapping(account, range.from(), range.to(), keyset), n -> n.json(), cursors,
                account, list);
    }

    @Operation(summary = "How many notes cover each verse of from..to (scope note.read)")
    @GetMapping("/count-within-range")
    Map<String, Object> userApiNoteCount(JwtAuthenticationToken token, @RequestParam("from") String from,
            @RequestParam("to") String to) {
        var account = Caller.account(token, "note.read");
        var range = new VerseRange(VerseRange.key("from", from), VerseRange.key("to", to));
        return Envelope.ok(notes.countWithin(account, range.from(), range.to()));
    }

    @Operation(summary = "Create a note (scope note.create); Idempotency-Key")
    @PostMapping
    ResponseEntity<String> userApiNoteCreate(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "note.create");
        var body = JsonBody.parse(raw, Set.of("body", "ranges"));
        var text = body.text("body", 10_000);
        var ranges = ranges(body.optionalTexts("ranges", 10, 20));
        if (ranges == null) {
            throw UserDataException.invalid("ranges", "ranges is required, e.g. [\"2:255-2:255\"]");
        }
        return writes.run(account, request, raw, key, () -> Writes.reply(201, notes.create(account, text, ranges).json()));
    }

    @Operation(summary = "One note with its ETag (scope note.read)")
    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> userApiNoteGet(JwtAuthenticationToken token, @PathVariable("id") UUID id) {
        var account = Caller.account(token, "note.read");
        var note = notes.find(account, id).orElseThrow(() -> UserDataException.notFound("Note"));
        return ResponseEntity.ok().eTag(Writes.etag(note.version())).body(Envelope.ok(note.json()));
    }

    @Operation(summary = "Update a note (scope note.update); If-Match, Idempotency-Key")
    @PatchMapping("/{id}")
    ResponseEntity<String> userApiNoteUpdate(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "note.update");
        var body = JsonBody.parse(raw, Set.of("body", "ranges"));
        var text = body.optionalText("body", 10_000);
        var ranges = ranges(body.optionalTexts("ranges", 10, 20));
        var version = Writes.version(ifMatch);
        return writes.run(account, request, raw, key,
                () -> Writes.reply(200, notes.update(account, id, text, ranges, version).json()));
    }

    @Operation(summary = "Delete a note (scope note.delete); If-Match, Idempotency-Key")
    @DeleteMapping("/{id}")
    ResponseEntity<String> userApiNoteDelete(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "note.delete");
        var version = Writes.version(ifMatch);
        return writes.run(account, request, null, key, () -> {
            notes.delete(account, id, version);
            return Writes.reply(200, Map.of("id", id.toString(), "deleted", true));
        });
    }

    static @Nullable List<VerseRange> ranges(@Nullable List<String> texts) {
        return texts == null ? null : texts.stream().map(t -> VerseRange.parse("ranges", t)).toList();
    }
}
