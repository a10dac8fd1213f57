package org.itqan.quran.content;

import org.itqan.quran.content.importer.VersionImporter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write side of the content module. Today it is reachable only from the operator's command line
 * ({@code import}); an HTTP entry point waits for the EDITOR/ADMIN roles (issue 4), so that no write is ever
 * unprotected.
 */
@Service
public class ContentManagement {

    private final VersionImporter importer;
    private final ContentCatalog catalog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ContentManagement(VersionImporter importer, ContentCatalog catalog, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.importer = importer;
        this.catalog = catalog;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Replaces the stored text of a translation or tafsir with a new version, then reloads the catalog and announces
     * the new content version (caches drop, offline copies see it in the change feed).
     *
     * @param fileName recorded as the source file; {@code .xml} is Tanzil XML, {@code .csv} QuranEnc CSV
     * @throws org.itqan.quran.shared.ApiProblem 404 when there is no such resource
     */
    public Resource importVersion(int resourceId, String fileName, byte[] bytes, String version) {
        var existing = catalog.resource(resourceId).orElseThrow(() -> org.itqan.quran.shared.ApiProblem.of(
                org.springframework.http.HttpStatus.NOT_FOUND, org.itqan.quran.shared.ProblemType.RESOURCE_NOT_FOUND,
                org.itqan.quran.shared.Message.of("detail.resource.not-found", resourceId)));
        Resource stored;
        try {
            stored = importer.importVersion(existing, fileName, bytes, version);
        } catch (org.itqan.quran.content.importer.DataFileRejectedException e) {
            // The file failed verification (shape, verse count, order, empty text): nothing was stored.
            throw org.itqan.quran.shared.ApiProblem.of(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    org.itqan.quran.shared.ProblemType.INVALID_FILE, e.getMessage()).with("file_name", fileName);
        }
        catalog.reload();
        // Published in a transaction so the outbox records it; listeners (caches, search) act after commit.
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ResourceUpdated(stored.id(), stored.type(), existing.version(), stored.version(),
                    ResourceUpdated.Reason.IMPORT, null));
            events.publishEvent(new ContentImported(catalog.contentVersion()));
        });
        return stored;
    }
}
