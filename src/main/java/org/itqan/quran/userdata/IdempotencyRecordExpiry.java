package org.itqan.quran.userdata;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes idempotency records older than {@code quran.userdata.idempotency-retention} (default 24 hours): a client
 * retries within minutes, and the table must not grow without bound. The delete is idempotent, so every node may run
 * it without a lock.
 */
@Component
class IdempotencyRecordExpiry {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordExpiry.class);
    private final JdbcClient jdbc;
    private final Duration retention;

    IdempotencyRecordExpiry(JdbcClient jdbc,
            @Value("${quran.userdata.idempotency-retention:PT24H}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void expire() {
        int deleted = jdbc.sql("DELETE FROM ud_idempotency WHERE created_at < ?")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minus(retention)).update();
        if (deleted > 0) {
            log.info("Expired {} idempotency records older than {}", deleted, retention);
        }
    }
}
