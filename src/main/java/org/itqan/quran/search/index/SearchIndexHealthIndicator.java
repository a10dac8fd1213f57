package org.itqan.quran.search.index;

import org.itqan.quran.content.ContentCatalog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code search}: the verse index this node searches, its document count and the content version it was
 * built from. {@code state} is {@code ready} when that is the version the catalog serves, {@code building} while a
 * rebuild after a content change is under way (searches meanwhile answer from the previous index, so this stays
 * UP). DOWN only before the first index exists.
 */
@Component("search")
class SearchIndexHealthIndicator implements HealthIndicator {

    private final VerseIndex index;
    private final ContentCatalog catalog;

    SearchIndexHealthIndicator(VerseIndex index, ContentCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        var snapshot = index.snapshot();
        if (snapshot == null) {
            return Health.down().withDetail("state", "building").build();
        }
        var current = snapshot.contentVersion().equals(catalog.contentVersion());
        return Health.up().withDetail("state", current ? "ready" : "building")
                .withDetail("documents", snapshot.reader().numDocs())
                .withDetail("editions", snapshot.editions().size())
                .withDetail("content_version", snapshot.contentVersion()).build();
    }
}
