package org.itqan.quran.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.itqan.quran.content.ContentImported;
import org.itqan.quran.search.index.VerseIndex;
import org.itqan.quran.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows content: a ContentImported event for another version rebuilds it, a repeated one does not. */
@IntegrationTest
class SearchIndexRebuildIntegrationTests {

    @Autowired
    VerseIndex index;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void rebuildsTheIndexWhenContentChanges() {
        var before = index.snapshot();
        assertThat(before.reader().numDocs()).isEqualTo(6236);
        transactions.executeWithoutResult(s -> events.publishEvent(new ContentImported("another-version")));
        await().atMost(Duration.ofSeconds(60)).until(() -> index.snapshot() != before);
        assertThat(index.snapshot().reader().numDocs()).isEqualTo(6236);
        assertThat(index.snapshot().buildMillis()).isPositive();

        var rebuilt = index.snapshot();
        transactions.executeWithoutResult(s -> events.publishEvent(new ContentImported(rebuilt.contentVersion())));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> index.snapshot() == rebuilt);
    }
}
