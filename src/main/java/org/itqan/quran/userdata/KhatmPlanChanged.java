package org.itqan.quran.userdata;

import java.util.UUID;

/**
 * A khatm plan changed: created, joined, claimed, assigned, completed, restarted; {@code part} is 0 when no part is
 * concerned.
 */
public record KhatmPlanChanged(UUID plan, String change, int part) {
}
