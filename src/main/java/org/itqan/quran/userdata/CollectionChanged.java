package org.itqan.quran.userdata;

import java.util.UUID;

/**
 * A collection was created, renamed or deleted, or a bookmark was added to or removed from it; {@code change} names
 * which.
 */
public record CollectionChanged(UUID account, UUID collection, String change) {
}
