/**
 * Search over the Quran: an in-memory Lucene index of every verse in the Uthmani and Imlaei scripts and every
 * translation, rebuilt when content changes; a query language (words, phrases, OR, NOT, wildcards, fuzzy, filters
 * on chapter, juz, page, hizb, revelation and sajdah, Buckwalter input); navigation by verse key, chapter name or
 * page; prefix suggestions; and quote verification, which tells where a quoted text occurs and whether it matches
 * with its diacritics or only after normalisation. The module owns the Arabic orthographic normalisation
 * ({@code analysis}) and the index ({@code index}); it reads content only through
 * {@link org.itqan.quran.content.ContentCatalog}. Its API is {@link org.itqan.quran.search.VerseSearch}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "shared"})
package org.itqan.quran.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
