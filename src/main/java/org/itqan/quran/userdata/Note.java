package org.itqan.quran.userdata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A private note over one or more verse ranges; {@code version} is its optimistic-concurrency version. */
public record Note(UUID id, long seq, String body, List<VerseRange> ranges, int version, Instant createdAt,
        Instant updatedAt) {

    public Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", id.toString());
        json.put("body", body);
        json.put("ranges", ranges.stream().map(VerseRange::toString).toList());
        json.put("version", version);
        json.put("createdAt", createdAt.toString());
        json.put("updatedAt", updatedAt.toString());
        return json;
    }
}
