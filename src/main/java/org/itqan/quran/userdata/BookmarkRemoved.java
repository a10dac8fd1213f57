package org.itqan.quran.userdata;

import java.util.UUID;

/** A bookmark was deleted. */
public record BookmarkRemoved(UUID account, UUID bookmark) {
}
