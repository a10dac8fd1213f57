package org.itqan.quran.userdata.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.itqan.quran.userdata.BookmarkManagement;
import org.itqan.quran.userdata.BookmarkType;
import org.itqan.quran.userdata.CollectionManagement;
import org.itqan.quran.userdata.NoteManagement;
import org.itqan.quran.userdata.SyncManagement;
import org.itqan.quran.userdata.UserDataException;
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

/**
 * {@code GET/POST /auth/v1/sync}. A pull returns only resources whose {@code .read} scope the token has; a push
 * needs the create/update/delete scope of each mutation's resource. A push is all or nothing.
 */
@RestController
@RequestMapping("/auth/v1/sync")
@Tag(name = "User sync", description = "QF user API v1: pull and push mutations across devices")
class SyncController {

    private static final Map<String, String> SCOPE = Map.of("BOOKMARK", "bookmark", "COLLECTION", "collection",
            "COLLECTION_BOOKMARK", "collection", "NOTE", "note");
    private final SyncManagement sync;
    private final BookmarkManagement bookmarks;
    private final CollectionManagement collections;
    private final NoteManagement notes;
    private final Writes writes;

    SyncController(SyncManagement sync, BookmarkManagement bookmarks, CollectionManagement collections,
            NoteManagement notes, Writes writes) {
        this.sync = sync;
        this.bookmarks = bookmarks;
        this.collections = collections;
        this.notes = notes;
        this.writes = writes;
    }

    @Operation(summary = "Mutations after mutationsSince (ms), oldest first (scopes: .read of each resource)")
    @GetMapping
    Map<String, Object> userApiSyncPull(JwtAuthenticationToken token,
            @RequestParam(name = "mutationsSince", defaultValue = "0") long since,
            @RequestParam(name = "limit", defaultValue = "500") int limit,
            @RequestParam(name = "resources", required = false) @Nullable String resources) {
        // Absent means all; present, it is a comma-separated list of at least one resource, each named. An empty
        // item ("resources=,", a trailing comma) is refused like an unknown one rather than skipped: a client that
        // sends one built its list wrongly, and pulling everything instead would hide that.
        var wanted = resources == null ? SyncManagement.RESOURCES
                : Arrays.stream(resources.split(",", -1)).distinct().toList();
        for (var resource : wanted) {
            if (!SyncManagement.RESOURCES.contains(resource)) {
                throw UserDataException.invalid("resources", "resources must be a comma-separated list of one or "
                        + "more of " + SyncManagement.RESOURCES + ", or absent for all");
            }
        }
        if (since < 0 || limit < 1 || limit > SyncManagement.MAX_PAGE) {
            throw UserDataException.invalid("limit", "mutationsSince >= 0 and limit 1 to " + SyncManagement.MAX_PAGE);
        }
        var allowed = wanted.stream().filter(r -> Caller.has(token, SCOPE.get(r) + ".read")).toList();
        var account = Caller.account(token, allowed.isEmpty() ? SCOPE.get(wanted.getFirst()) + ".read"
                : SCOPE.get(allowed.getFirst()) + ".read");
        var pulled = sync.pull(account, since, limit, allowed);
        var data = new LinkedHashMap<String, Object>();
        data.put("mutations", pulled.mutations());
        data.put("lastMutationAt", pulled.lastMutationAt());
        data.put("hasMore", pulled.hasMore());
        return Envelope.ok(data);
    }

    @Operation(summary = "Apply local mutations if lastMutationAt is the server's latest, else 409 out_of_sync")
    @PostMapping
    ResponseEntity<String> userApiSyncPush(JwtAuthenticationToken token, HttpServletRequest request,
            @RequestParam("lastMutationAt") long lastMutationAt, @RequestBody(required = false) @Nullable String raw,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        var body = JsonBody.parse(raw, Set.of("mutations"));
        var list = body.node("mutations");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 100) {
            throw UserDataException.invalid("mutations", "mutations must be an array of 1 to 100 mutations");
        }
        var parsed = new ArrayList<JsonBody>();
        UUID account = null;
        for (var item : list) {
            var mutation = JsonBody.of(item, "mutations[]", Set.of("type", "resource", "resourceId", "data"));
            var resource = mutation.text("resource", 30);
            var type = mutation.text("type", 10);
            if (!SCOPE.containsKey(resource) || !Set.of("CREATE", "UPDATE", "DELETE").contains(type)) {
                throw UserDataException.invalid("mutations", "resource must be one of " + SCOPE.keySet()
                        + " and type CREATE, UPDATE or DELETE");
            }
            var action = resource.equals("COLLECTION_BOOKMARK") ? "update" : type.toLowerCase(java.util.Locale.ROOT);
            account = Caller.account(token, SCOPE.get(resource) + "." + action);
            parsed.add(mutation);
        }
        var caller = account;
        return writes.run(caller, request, raw, key, () -> {
            sync.expectHead(caller, lastMutationAt);
            parsed.forEach(m -> apply(caller, m));
            var applied = sync.pull(caller, lastMutationAt, SyncManagement.MAX_PAGE, SyncManagement.RESOURCES);
            return Writes.reply(200, Map.of("mutations", applied.mutations(), "lastMutationAt", sync.head(caller)));
        });
    }

    private void apply(UUID account, JsonBody mutation) {
        var resource = mutation.text("resource", 30);
        var type = mutation.text("type", 10);
        var id = mutation.optionalText("resourceId", 36);
        switch (resource + " " + type) {
            case "BOOKMARK CREATE" -> {
                var d = data(mutation, Set.of("type", "key", "verseNumber", "mushaf", "isReading"));
                var mushaf = d.optionalInteger("mushaf", 1, 20);
                bookmarks.add(account, BookmarkType.parse("type", d.text("type", 10)), d.integer("key", 1, 604),
                        d.optionalInteger("verseNumber", 1, 286), mushaf == null ? 1 : mushaf, d.bool("isReading", false));
            }
            case "BOOKMARK DELETE" -> bookmarks.remove(account, id(id));
            case "COLLECTION CREATE" -> collections.create(account, data(mutation, Set.of("name")).text("name", 100));
            case "COLLECTION UPDATE" -> {
                var d = data(mutation, Set.of("name", "version"));
                collections.rename(account, id(id), d.text("name", 100), d.optionalInteger("version", 1, Integer.MAX_VALUE));
            }
            case "COLLECTION DELETE" -> collections.delete(account, id(id), null);
            case "COLLECTION_BOOKMARK CREATE", "COLLECTION_BOOKMARK DELETE" -> {
                var d = data(mutation, Set.of("collectionId", "bookmarkId"));
                var collection = CollectionController.uuid("collectionId", d.text("collectionId", 36));
                var bookmark = CollectionController.uuid("bookmarkId", d.text("bookmarkId", 36));
                if (type.equals("CREATE")) {
                    collections.addBookmark(account, collection, bookmark, bookmarks);
                } else {
                    collections.removeBookmark(account, collection, bookmark);
                }
            }
            case "NOTE CREATE", "NOTE UPDATE" -> {
                var d = data(mutation, Set.of("body", "ranges", "version"));
                var ranges = NoteController.ranges(d.optionalTexts("ranges", 10, 20));
                if (type.equals("CREATE")) {
                    if (ranges == null) {
                        throw UserDataException.invalid("ranges", "ranges is required");
                    }
                    notes.create(account, d.text("body", 10_000), ranges);
                } else {
                    notes.update(account, id(id), d.optionalText("body", 10_000), ranges,
                            d.optionalInteger("version", 1, Integer.MAX_VALUE));
                }
            }
            case "NOTE DELETE" -> notes.delete(account, id(id), null);
            default -> throw UserDataException.invalid("mutations", type + " is not supported for " + resource);
        }
    }

    private static JsonBody data(JsonBody mutation, Set<String> allowed) {
        return JsonBody.of(mutation.node("data"), "data", allowed);
    }

    private static UUID id(@Nullable String id) {
        if (id == null) {
            throw UserDataException.invalid("resourceId", "resourceId is required to update or delete");
        }
        return CollectionController.uuid("resourceId", id);
    }
}
