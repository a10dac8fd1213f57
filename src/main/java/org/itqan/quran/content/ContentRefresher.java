package org.itqan.quran.content;

import org.itqan.quran.shared.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's snapshot current when the content changes elsewhere: the {@code import} command runs in its own
 * process, and another node may apply a correction. A cheap database fingerprint is compared on a schedule; on a
 * difference the catalog reloads and {@link ContentImported} drops the response caches. With Redis,
 * {@link ContentChangeRelay} announces changes made by a node at once and this poll is the fallback; without it (or
 * for the command-line import, which has no web node's relay running) staleness is bounded by
 * {@code quran.content.refresh-interval}.
 */
@Component
public class ContentRefresher {

    private static final Logger log = LoggerFactory.getLogger(ContentRefresher.class);

    private final ContentCatalog catalog;
    private final org.itqan.quran.content.persistence.ContentRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ContentRefresher(ContentCatalog catalog, org.itqan.quran.content.persistence.ContentRepository repository,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.repository = repository;
        this.events = events;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${quran.content.refresh-interval:PT30S}",
            initialDelayString = "${quran.content.refresh-interval:PT30S}")
    void onSchedule() {
        try {
            refreshIfChanged();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            // Serving goes on from the snapshot in memory; the next poll tries again.
            DatabaseUnavailable.log("the content refresh check", e);
        }
    }

    /** Reloads when the stored content changed since this node loaded it; returns whether it did. */
    public synchronized boolean refreshIfChanged() {
        if (repository.fingerprint().equals(catalog.fingerprint())) {
            return false;
        }
        log.info("Content changed in the database since content version {} was loaded; reloading",
                catalog.contentVersion());
        catalog.reload();
        transactions.executeWithoutResult(status -> events.publishEvent(new ContentImported(catalog.contentVersion())));
        return true;
    }
}
