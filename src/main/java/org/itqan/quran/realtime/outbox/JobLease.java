package org.itqan.quran.realtime.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a scheduled job, so that of several nodes only one runs it at a time (DESIGN.md §1). Taking the lease
 * is one conditional UPDATE on the job's {@code job_lease} row: it succeeds only when the lease has run out or this
 * node already holds it, and the database makes two concurrent UPDATEs of one row take turns.
 */
@Component
class JobLease {

    /** This node, as lease holder; a restarted node is a new holder and waits for its predecessor's lease to end. */
    private final String node = UUID.randomUUID().toString();
    private final JdbcClient jdbc;

    JobLease(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease on {@code job} for {@code duration}; false when another node holds it. */
    boolean acquire(String job, Duration duration) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("UPDATE job_lease SET holder = :node, lease_until = :until WHERE name = :job "
                + "AND (lease_until < :now OR holder = :node)").param("node", node).param("until", now.plus(duration))
                .param("job", job).param("now", now).update() == 1;
    }
}
