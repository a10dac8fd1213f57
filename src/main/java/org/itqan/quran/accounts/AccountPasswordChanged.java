package org.itqan.quran.accounts;

import java.util.UUID;

/** An account's password was changed (published in the transaction of the change); carries no secret. */
public record AccountPasswordChanged(UUID account) {
}
