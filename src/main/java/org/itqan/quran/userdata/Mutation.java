package org.itqan.quran.userdata;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One entry of the sync log, in the Quran Foundation shape: {@code type} CREATE/UPDATE/DELETE, {@code resource}
 * BOOKMARK/COLLECTION/COLLECTION_BOOKMARK/NOTE, the resource's id, its data after the change, and the timestamp (ms).
 * {@code data} is the JSON text stored with the mutation, written out as is: a pull never re-parses it.
 */
public record Mutation(String type, String resource, @Nullable String resourceId, @JsonRawValue @Nullable String data,
        long timestamp) {
}
