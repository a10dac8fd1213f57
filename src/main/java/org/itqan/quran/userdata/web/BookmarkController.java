package org.itqan.quran.userdata.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.userdata.BookmarkManagement;
import org.itqan.quran.userdata.BookmarkType;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
@RequestMapping("/auth/v1/bookmarks")
@Tag(name = "User bookmarks", description = "QF user API v1: ayah, surah, juz and page bookmarks")
class BookmarkController {

    private final BookmarkManagement bookmarks;
    private final Cursors cursors;
    private final Writes writes;

    BookmarkController(BookmarkManagement bookmarks, Cursors cursors, Writes writes) {
        this.bookmarks = bookmarks;
        this.cursors = cursors;
        this.writes = writes;
    }

    @Operation(summary = "List bookmarks (scope bookmark.read)")
    @GetMapping
    Map<String, Object> userApiBookmarkList(JwtAuthenticationToken token,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "mushafId", required = false) @Nullable Integer mushaf,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "last", required = false) @Nullable Integer last,
            @RequestParam(name = "before", required = false) @Nullable String before) {
        var account = Caller.account(token, "bookmark.read");
        var keyset = cursors.keyset(account, "bookmarks", first, after, last, before);
        var slice = bookmarks.list(account, type == null ? null : BookmarkType.parse("type", type), mushaf, keyset);
        return Envelope.page(slice, b -> b.json(), cursors, account, "bookmarks");
    }

    @Operation(summary = "Add a bookmark (scope bookmark.create); accepts Idempotency-Key")
    @PostMapping
    ResponseEntity<String> userApiBookmarkAdd(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "bookmark.create");
        var body = JsonBody.parse(raw, Set.of("type", "key", "verseNumber", "mushaf", "isReading"));
        var type = BookmarkType.parse("type", body.text("type", 10));
        int bookmarkKey = body.integer("key", 1, 604);
        var verse = body.optionalInteger("verseNumber", 1, 286);
        var mushaf = body.optionalInteger("mushaf", 1, 20);
        boolean reading = body.bool("isReading", false);
        return writes.run(account, request, raw, key, () -> {
            var added = bookmarks.add(account, type, bookmarkKey, verse, mushaf == null ? 1 : mushaf, reading);
            return Writes.reply(added.created() ? 201 : 200, added.bookmark().json());
        });
    }

    @Operation(summary = "One bookmark (scope bookmark.read)")
    @GetMapping("/{id}")
    Map<String, Object> userApiBookmarkGet(JwtAuthenticationToken token, @PathVariable("id") UUID id) {
        var account = Caller.account(token, "bookmark.read");
        return Envelope.ok(bookmarks.find(account, id).orElseThrow(() -> UserDataException.notFound("Bookmark"))
                .json());
    }

    @Operation(summary = "Delete a bookmark (scope bookmark.delete); accepts Idempotency-Key")
    @DeleteMapping("/{id}")
    ResponseEntity<String> userApiBookmarkDelete(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "bookmark.delete");
        return writes.run(account, request, null, key, () -> {
            bookmarks.remove(account, id);
            return Writes.reply(200, Map.of("id", id.toString(), "deleted", true));
        });
    }
}
