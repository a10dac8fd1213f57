/**
 * Quran content: chapters, verses and their words in three Tanzil scripts, the mushaf divisions (juz, hizb,
 * rub el hizb, manzil, ruku, page, sajdah), and the translations and tafsirs with their provenance and licence.
 * <p>
 * The module owns the import of the bundled, SHA-256-verified data files, the runtime integrity manifest and the
 * Quran.com v4 compatible REST presenters. Its public API is {@link org.itqan.quran.content.ContentCatalog} (reads)
 * and the {@link org.itqan.quran.content.ContentImported} event; everything in sub-packages is internal.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package org.itqan.quran.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
