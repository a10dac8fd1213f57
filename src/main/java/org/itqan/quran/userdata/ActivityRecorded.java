package org.itqan.quran.userdata;

import java.util.UUID;

/** Reading time or ranges were added to one activity day ({@code date} is ISO, in the user's calendar). */
public record ActivityRecorded(UUID account, String date) {
}
