package org.itqan.quran.userdata;

import java.util.UUID;

/** The account's goal was set or removed. */
public record GoalChanged(UUID account) {
}
