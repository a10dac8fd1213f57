package org.itqan.quran.content.importer;

import java.time.Clock;

import org.itqan.quran.content.Resource;
import org.itqan.quran.content.integrity.CanonicalRows;
import org.itqan.quran.content.persistence.ContentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces a stored translation or tafsir with a new version of it, read from a file the operator supplies (Tanzil
 * XML or QuranEnc CSV, chosen by the file's extension). The file is not in SHA256SUMS, so its own SHA-256 becomes
 * the resource's {@code source_sha256} and the manifest is recomputed from it, in one transaction with the texts.
 * <p>
 * The bundled unit's {@code data_imports} row is left alone on purpose: it records what the jar ships, so a restart
 * does not put the bundled version back, while a jar that ships a different file still replaces it.
 */
@Component
public class VersionImporter {

    private static final Logger log = LoggerFactory.getLogger(VersionImporter.class);

    private final ContentRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    VersionImporter(ContentRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /**
     * @param fileName the name recorded as the resource's source file; its extension picks the format
     * @return the resource as now stored
     * @throws DataFileRejectedException when the file is not a complete, well-formed text of all 6236 verses
     */
    public Resource importVersion(Resource existing, String fileName, byte[] bytes, String version) {
        var format = fileName.endsWith(".xml") ? "tanzil-xml" : fileName.endsWith(".csv") ? "quranenc-csv" : null;
        if (format == null) {
            throw new DataFileRejectedException("Cannot tell the format of " + fileName
                    + ": expected a Tanzil .xml or a QuranEnc .csv file");
        }
        if (version.isBlank() || version.length() > 64) {
            throw new DataFileRejectedException("A version must be 1 to 64 characters");
        }
        var file = new DataFiles.VerifiedFile(fileName, bytes, DataFiles.sha256(bytes));
        var entry = new ResourceCatalog.Entry(existing.id(), existing.type().apiName(), existing.slug(), format,
                fileName, existing.name(), existing.authorName(), existing.languageName(), existing.languageIso(),
                existing.direction(), existing.sourceName(), existing.sourceUrl(), version, existing.licenseId(),
                existing.licenseTerms(), existing.attribution(), existing.commercialUse(),
                existing.derivativesAllowed());
        var texts = ContentImporter.readTexts(entry, file);
        var resource = new Resource(existing.id(), existing.type(), existing.slug(), existing.name(),
                existing.authorName(), existing.languageName(), existing.languageIso(), existing.direction(),
                existing.sourceName(), existing.sourceUrl(), version, existing.licenseId(), existing.licenseTerms(),
                existing.attribution(), existing.commercialUse(), existing.derivativesAllowed(), fileName,
                file.sha256());
        var manifestEntry = CanonicalRows.resource(resource, texts);
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            repository.deleteResource(resource.id());
            repository.insertResource(resource, texts, now);
            repository.putManifest(resource.manifestKey(), manifestEntry, fileName, file.sha256(), now);
        });
        log.info("Imported version {} of {} {} from {}: {} verses", version, resource.type().apiName(),
                resource.id(), fileName, texts.size());
        return resource;
    }
}
