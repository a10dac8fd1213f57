/**
 * User data: what a signed-in user owns. Bookmarks (ayah, surah, juz, page, and the reading bookmark), collections
 * with a default Favorites collection, private notes over verse ranges, reading sessions and activity days, goals,
 * streaks, preferences, the multi-device sync log, and group khatm plans. Every write runs in one transaction with its
 * idempotency record ({@link org.itqan.quran.userdata.UserWrites}), its sync mutation and its domain event (the
 * Modulith JDBC event publication registry). Every query is filtered by the owning account: another user's id is
 * indistinguishable from an id that does not exist. On {@code AccountDeleted} the account's data is erased and its
 * khatm memberships are anonymised. The web layer ({@code web}) speaks the Quran Foundation user API shapes
 * ({@code /auth/v1}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "accounts", "shared"})
package org.itqan.quran.userdata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
