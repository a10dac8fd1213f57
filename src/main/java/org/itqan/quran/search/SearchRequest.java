package org.itqan.quran.search;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One search: the query text (see docs/search.md), extra {@code filters} in the same syntax, the translation
 * editions or language to search and show, and paging.
 *
 * @param translations translation resource ids; empty means every edition of {@code language}, or every edition
 *     in Latin script when no language is given
 * @param facets which counts to return: any of chapter, juz, page, hizb, revelation
 */
public record SearchRequest(String query, SearchMode mode, @Nullable String filters, List<Integer> translations,
        @Nullable String language, int page, int size, Set<String> facets, boolean buckwalter) {

    public static final int MAX_SIZE = 50;
    public static final Set<String> FACETS = Set.of("chapter", "juz", "page", "hizb", "revelation");
}
