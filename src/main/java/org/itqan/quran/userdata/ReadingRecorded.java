package org.itqan.quran.userdata;

import java.util.UUID;

/** A reading session was started or advanced; {@code verseKey} is the last verse read. */
public record ReadingRecorded(UUID account, UUID session, String verseKey) {
}
