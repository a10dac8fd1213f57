package org.itqan.quran.userdata;

import org.jspecify.annotations.Nullable;

/**
 * A keyset page request over a table's {@code seq} column: {@code after}/{@code first} reads forward,
 * {@code before}/{@code last} reads backward. The web layer decodes these from signed cursors.
 */
public record Keyset(@Nullable Long after, @Nullable Long before, int limit, boolean backward) {

    public static Keyset first(int limit) {
        return new Keyset(null, null, limit, false);
    }
}
