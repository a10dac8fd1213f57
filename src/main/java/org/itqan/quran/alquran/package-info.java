/**
 * The AlQuran Cloud v1 compatible facade under {@code /v1}: the same paths, edition identifiers, field names and
 * {@code {code, status, data}} envelope as api.alquran.cloud, so that its clients work against this server unchanged.
 * <p>
 * It is a presenter and nothing else (DESIGN §4): every read, licence rule and validation comes from the content
 * module's API ({@link org.itqan.quran.content.ContentCatalog}, {@link org.itqan.quran.content.ResourceFilter}), and
 * responses are served as precomputed bytes with ETags by {@link org.itqan.quran.content.ImmutableResponses}. It is a
 * module of its own rather than a sub-package of {@code content} because it has a different anchor API, error
 * envelope and vocabulary (surah/ayah, camelCase) from the v4 layer, and nothing in {@code content} needs it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "search", "shared"})
package org.itqan.quran.alquran;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
