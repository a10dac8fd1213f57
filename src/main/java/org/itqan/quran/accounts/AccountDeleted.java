package org.itqan.quran.accounts;

import java.util.UUID;

/** An account was deleted; modules holding personal data of it erase or anonymise that data. */
public record AccountDeleted(UUID account) {
}
