package org.itqan.quran.userdata;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the sync log, in the Quran Foundation shape: {@code type} CREATE/UPDATE/DELETE, {@code resource}
 * BOOKMARK/COLLECTION/COLLECTION_BOOKMARK/NOTE, the resource's id, its data after the change, and the timestamp (ms).
 */
public record Mutation(String type, String resource, @Nullable String resourceId, @Nullable Object data,
        long timestamp) {
}
