package org.itqan.quran.userdata.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.userdata.BookmarkManagement;
import org.itqan.quran.userdata.BookmarkType;
import org.itqan.quran.userdata.CollectionManagement;
import org.itqan.quran.userdata.UserDataException;
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
@RequestMapping("/auth/v1/collections")
@Tag(name = "User collections", description = "QF user API v1: collections of bookmarks, default Favorites")
class CollectionController {

    private final CollectionManagement collections;
    private final BookmarkManagement bookmarks;
    private final Cursors cursors;
    private final Writes writes;

    CollectionController(CollectionManagement collections, BookmarkManagement bookmarks, Cursors cursors,
            Writes writes) {
        this.collections = collections;
        this.bookmarks = bookmarks;
        this.cursors = cursors;
        this.writes = writes;
    }

    @Operation(summary = "List collections, the default first created if missing (scope collection.read)")
    @GetMapping
    Map<String, Object> userApiCollectionList(JwtAuthenticationToken token,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "last", required = false) @Nullable Integer last,
            @RequestParam(name = "before", required = false) @Nullable String before) {
        var account = Caller.account(token, "collection.read");
        var keyset = cursors.keyset(account, "collections", first, after, last, before);
        return Envelope.page(collections.list(account, keyset), c -> c.json(), cursors, account, "collections");
    }

    @Operation(summary = "Create a collection (scope collection.create); accepts Idempotency-Key")
    @PostMapping
    ResponseEntity<String> userApiCollectionCreate(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "collection.create");
        var name = JsonBody.parse(raw, Set.of("name")).text("name", 100);
        return writes.run(account, request, raw, key, () -> Writes.reply(201, collections.create(account, name).json()));
    }

    @Operation(summary = "One collection with its ETag (scope collection.read)")
    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> userApiCollectionGet(JwtAuthenticationToken token, @PathVariable("id") UUID id) {
        var account = Caller.account(token, "collection.read");
        var collection = collections.find(account, id).orElseThrow(() -> UserDataException.notFound("Collection"));
        return ResponseEntity.ok().eTag(Writes.etag(collection.version())).body(Envelope.ok(collection.json()));
    }

    @Operation(summary = "Rename a collection (scope collection.update); If-Match, Idempotency-Key")
    @PatchMapping("/{id}")
    ResponseEntity<String> userApiCollectionRename(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "collection.update");
        var name = JsonBody.parse(raw, Set.of("name")).text("name", 100);
        var version = Writes.version(ifMatch);
        return writes.run(account, request, raw, key,
                () -> Writes.reply(200, collections.rename(account, id, name, version).json()));
    }

    @Operation(summary = "Delete a collection (scope collection.delete); If-Match, Idempotency-Key")
    @DeleteMapping("/{id}")
    ResponseEntity<String> userApiCollectionDelete(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "collection.delete");
        var version = Writes.version(ifMatch);
        return writes.run(account, request, null, key, () -> {
            collections.delete(account, id, version);
            return Writes.reply(200, Map.of("id", id.toString(), "deleted", true));
        });
    }

    @Operation(summary = "Bookmarks in a collection (scope collection.read)")
    @GetMapping("/{id}/bookmarks")
    Map<String, Object> userApiCollectionBookmarks(JwtAuthenticationToken token, @PathVariable("id") UUID id,
            @RequestParam(name = "first", required = false) @Nullable Integer first,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "last", required = false) @Nullable Integer last,
            @RequestParam(name = "before", required = false) @Nullable String before) {
        var account = Caller.account(token, "collection.read");
        var list = "collection-" + id;
        var keyset = cursors.keyset(account, list, first, after, last, before);
        return Envelope.page(collections.bookmarks(account, id, keyset), b -> b.json(), cursors, account, list);
    }

    @Operation(summary = "Add a bookmark to a collection, by bookmarkId or by type/key/verseNumber/mushaf "
            + "(scope collection.update); Idempotency-Key")
    @PostMapping("/{id}/bookmarks")
    ResponseEntity<String> userApiCollectionAddBookmark(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id, @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "collection.update");
        var body = JsonBody.parse(raw, Set.of("bookmarkId", "type", "key", "verseNumber", "mushaf"));
        var bookmarkId = body.optionalText("bookmarkId", 36);
        return writes.run(account, request, raw, key, () -> {
            UUID bookmark;
            if (bookmarkId != null) {
                bookmark = uuid("bookmarkId", bookmarkId);
            } else {
                var mushaf = body.optionalInteger("mushaf", 1, 20);
                bookmark = bookmarks.add(account, BookmarkType.parse("type", body.text("type", 10)),
                        body.integer("key", 1, 604), body.optionalInteger("verseNumber", 1, 286),
                        mushaf == null ? 1 : mushaf, false).bookmark().id();
            }
            boolean added = collections.addBookmark(account, id, bookmark, bookmarks);
            return Writes.reply(added ? 201 : 200, bookmarks.find(account, bookmark).orElseThrow().json());
        });
    }

    @Operation(summary = "Remove a bookmark from a collection (scope collection.update); Idempotency-Key")
    @DeleteMapping("/{id}/bookmarks/{bookmarkId}")
    ResponseEntity<String> userApiCollectionRemoveBookmark(JwtAuthenticationToken token, HttpServletRequest request,
            @PathVariable("id") UUID id, @PathVariable("bookmarkId") UUID bookmarkId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var account = Caller.account(token, "collection.update");
        return writes.run(account, request, null, key, () -> {
            collections.removeBookmark(account, id, bookmarkId);
            return Writes.reply(200, Map.of("collectionId", id.toString(), "bookmarkId", bookmarkId.toString(),
                    "deleted", true));
        });
    }

    static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw UserDataException.invalid(field, field + " must be an id (UUID)");
        }
    }
}
