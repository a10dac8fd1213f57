package org.itqan.quran.userdata;

import java.util.UUID;

/** Preferences of one group were written. */
public record PreferencesChanged(UUID account, String group) {
}
