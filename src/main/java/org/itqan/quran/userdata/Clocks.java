package org.itqan.quran.userdata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The current time as a JDBC parameter. PostgreSQL's driver binds {@code OffsetDateTime} but not {@code Instant};
 * milliseconds, because both databases store microseconds and a returned value must equal the stored one.
 */
final class Clocks {

    private Clocks() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
