package org.itqan.quran.userdata;

import java.util.UUID;

/** A note was deleted. */
public record NoteDeleted(UUID account, UUID note) {
}
