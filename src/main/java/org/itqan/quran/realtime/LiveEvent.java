package org.itqan.quran.realtime;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One message for live subscribers: what happened ({@code type}, e.g. {@code bookmark.added}), on which
 * {@code topic} (see {@link Topics}), when, and a small JSON-ready {@code data} map of identifiers. Like domain events
 * it carries ids rather than entities: a subscriber that needs the state reads it through the API, with its own
 * authorization.
 */
public record LiveEvent(String id, String topic, String type, Instant occurredAt, Map<String, Object> data) {

    public static LiveEvent of(String topic, String type, Map<String, Object> data) {
        return new LiveEvent(UUID.randomUUID().toString(), topic, type, Instant.now(), Map.copyOf(data));
    }

    /** The topic names. A topic is private to whoever may read it; {@link #CONTENT} is public. */
    public static final class Topics {

        /** Content changes: a resource got a new version, a correction was applied. */
        public static final String CONTENT = "content";

        private Topics() {
        }

        /** The sync changes of one account (another device added a bookmark). */
        public static String sync(UUID account) {
            return "sync:" + account;
        }

        /** The progress of one group khatm plan, for its members. */
        public static String khatm(UUID plan) {
            return "khatm:" + plan;
        }
    }
}
