package org.itqan.quran.userdata;

import java.util.UUID;

/** A note was created or updated. */
public record NoteSaved(UUID account, UUID note) {
}
