package org.itqan.quran.search.graphql;

import java.util.List;
import java.util.Set;

import org.itqan.quran.search.SearchMode;
import org.itqan.quran.search.SearchRequest;
import org.itqan.quran.search.SearchResults;
import org.itqan.quran.search.Suggestion;
import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The search part of the GraphQL schema (graphql/search.graphqls): {@link VerseSearch} with the bounds of the REST
 * endpoint (page 1 to 1000, size 1 to 50). Hits are verses of the content schema, so a client selects their words
 * and translations as anywhere else.
 */
@Controller
class SearchGraphQlController {

    private final VerseSearch search;

    SearchGraphQlController(VerseSearch search) {
        this.search = search;
    }

    @QueryMapping
    SearchResults search(@Argument String query, @Argument SearchMode mode, @Argument List<Integer> translations,
            @Argument @Nullable String language, @Argument @Nullable String filters, @Argument int page,
            @Argument int size) {
        if (page < 1 || page > 1000) {
            throw ApiProblem.invalidParameter("page", Integer.toString(page), "1 to 1000");
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw ApiProblem.invalidParameter("size", Integer.toString(size), "1 to " + SearchRequest.MAX_SIZE);
        }
        return search.search(new SearchRequest(query, mode, filters, List.copyOf(translations),
                language == null || language.isBlank() ? null : language, page, size, Set.of(), false));
    }

    @QueryMapping
    List<String> suggest(@Argument String prefix, @Argument int limit) {
        if (limit < 1 || limit > 50) {
            throw ApiProblem.invalidParameter("limit", Integer.toString(limit), "1 to 50");
        }
        return search.suggest(prefix, limit).stream().map(Suggestion::text).toList();
    }

    @SchemaMapping(typeName = "SearchHit")
    List<Integer> highlightedWords(SearchResults.Hit hit) {
        return hit.highlighted();
    }
}
