package org.itqan.quran.content;

import java.time.Instant;

/**
 * The state of one resource for offline copies: when its stored text last changed and the checksum of that text.
 *
 * @param sha256 the integrity manifest's SHA-256 over the resource's rows in reading order (see
 *     {@code /api/v4/integrity/manifest} for the algorithm), so a client can verify a downloaded copy
 * @param rows how many verse texts the resource has
 */
public record ResourceChange(Resource resource, Instant updatedAt, String sha256, int rows) {
}
