package org.itqan.quran.realtime.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retries failed listeners. The event publication registry keeps a row per event and listener until the listener
 * completes; a listener that threw leaves its row FAILED, and a node that died mid-listener leaves it unfinished.
 * Every {@code quran.events.resubmission.interval}, the node holding the {@code event-resubmission} lease
 * <ol>
 * <li>moves publications that already had {@code max-attempts} resubmissions to
 * {@code event_publication_dead_letter} (a listener that fails that often needs a person, not another retry), and</li>
 * <li>resubmits the incomplete publications older than {@code min-age}; each resubmission counts an attempt.</li>
 * </ol>
 * The age threshold keeps a resubmission from duplicating a listener that is still running; listeners are
 * idempotent anyway (DESIGN.md §5), so a rare duplicate is harmless. Completed publications are deleted as they
 * complete ({@code spring.modulith.events.completion-mode: delete}), so the table holds only unfinished work.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);
    static final String JOB = "event-resubmission";

    private final IncompleteEventPublications incomplete;
    private final JobLease lease;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventsProperties properties;

    EventResubmission(IncompleteEventPublications incomplete, JobLease lease, JdbcClient jdbc,
            TransactionTemplate transactions, EventsProperties properties) {
        this.incomplete = incomplete;
        this.lease = lease;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${quran.events.resubmission.interval:PT1M}",
            initialDelayString = "${quran.events.resubmission.interval:PT1M}")
    void run() {
        if (!properties.enabled() || !lease.acquire(JOB, properties.interval().multipliedBy(2))) {
            return;
        }
        var dead = deadLetterExhausted();
        if (dead > 0) {
            log.error("Moved {} event publications to event_publication_dead_letter after {} attempts each", dead,
                    properties.maxAttempts());
        }
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(properties.minAge())
                .withFilter(publication -> publication.getCompletionAttempts() < properties.maxAttempts()));
    }

    /** Moves the publications that used up their attempts to the dead-letter table; returns how many. */
    int deadLetterExhausted() {
        var result = transactions.execute(status -> {
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            var exhausted = "completion_date IS NULL AND status = 'FAILED' AND completion_attempts >= :max";
            jdbc.sql("INSERT INTO event_publication_dead_letter (id, listener_id, event_type, serialized_event, "
                    + "publication_date, completion_attempts, dead_lettered_at) SELECT id, listener_id, event_type, "
                    + "serialized_event, publication_date, completion_attempts, :now FROM event_publication WHERE "
                    + exhausted).param("now", now).param("max", properties.maxAttempts()).update();
            return jdbc.sql("DELETE FROM event_publication WHERE " + exhausted).param("max", properties.maxAttempts())
                    .update();
        });
        return result == null ? 0 : result;
    }
}
