package org.itqan.quran.userdata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A bookmark; {@code verseNumber} is set for ayah bookmarks only. {@code seq} orders pages and is not exposed. */
public record Bookmark(UUID id, long seq, BookmarkType type, int key, @Nullable Integer verseNumber, int mushaf,
        boolean isReading, Instant createdAt) {

    /** The Quran Foundation JSON shape (camelCase). */
    public Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", id.toString());
        json.put("type", type.apiName());
        json.put("key", key);
        json.put("verseNumber", verseNumber);
        json.put("mushaf", mushaf);
        json.put("isReading", isReading);
        json.put("createdAt", createdAt.toString());
        return json;
    }
}
