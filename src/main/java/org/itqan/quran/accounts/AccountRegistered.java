package org.itqan.quran.accounts;

import java.util.UUID;

/** A new account exists. Carries the id only: listeners read what they need through {@link AccountManagement}. */
public record AccountRegistered(UUID account) {
}
