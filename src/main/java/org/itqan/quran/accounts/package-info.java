/**
 * Accounts: people who sign in. Registration with e-mail and password (hashed with Argon2id), roles (USER, EDITOR,
 * ADMIN), password change, lockout after repeated failures, and deletion. The public API is
 * {@link org.itqan.quran.accounts.AccountManagement} and the events {@link org.itqan.quran.accounts.AccountRegistered},
 * {@link org.itqan.quran.accounts.AccountDeleted} and {@link org.itqan.quran.accounts.AccountRoleChanged}; OAuth2
 * clients and tokens belong to the {@code security} module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package org.itqan.quran.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
