package org.itqan.quran.userdata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A named collection of bookmarks; {@code version} is the optimistic-concurrency version (ETag / If-Match). */
public record BookmarkCollection(UUID id, long seq, String name, boolean isDefault, int version, Instant updatedAt) {

    public Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", id.toString());
        json.put("name", name);
        json.put("isDefault", isDefault);
        json.put("version", version);
        json.put("updatedAt", updatedAt.toString());
        return json;
    }
}
