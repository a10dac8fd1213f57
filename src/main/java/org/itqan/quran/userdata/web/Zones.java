package org.itqan.quran.userdata.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;

/** Today in the caller's time zone, from the QF {@code x-timezone} header (an IANA name); UTC when absent. */
final class Zones {

    private Zones() {
    }

    static LocalDate today(@Nullable String timezone) {
        return LocalDate.now(zone(timezone));
    }

    static ZoneId zone(@Nullable String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            if (timezone.length() <= 64) {
                return ZoneId.of(timezone);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw UserDataException.invalid("x-timezone", "x-timezone must be an IANA time zone such as Asia/Riyadh");
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw UserDataException.invalid(field, field + " must be a date YYYY-MM-DD");
        }
    }
}
