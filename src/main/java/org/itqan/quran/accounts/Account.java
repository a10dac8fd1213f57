package org.itqan.quran.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An account as other modules see it: never its password hash. */
public record Account(UUID id, String email, Role role, @Nullable String displayName, Instant createdAt) {
}
