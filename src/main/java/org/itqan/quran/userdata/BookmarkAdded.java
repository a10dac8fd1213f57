package org.itqan.quran.userdata;

import java.util.UUID;

/** A bookmark was created for the account. */
public record BookmarkAdded(UUID account, UUID bookmark) {
}
