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
 * and translations as anywhere else. An explicit {@code null} for an argument with a default is that default:
 * GraphQL lets a server read it either way, and the default is what a client means by it.
 */
@Controller
class SearchGraphQlController {

    /** The schema's defaults. */
    static final int DEFAULT_PAGE = 1;
    static final int DEFAULT_SIZE = 20;
    static final int DEFAULT_SUGGESTIONS = 10;

    private final VerseSearch search;

    SearchGraphQlController(VerseSearch search) {
        this.search = search;
    }

    @QueryMapping
    SearchResults search(@Argument String query, @Argument @Nullable SearchMode mode,
            @Argument @Nullable List<Integer> translations, @Argument @Nullable String language,
            @Argument @Nullable String filters, @Argument("page") @Nullable Integer requestedPage,
            @Argument("size") @Nullable Integer requestedSize) {
        int page = requestedPage == null ? DEFAULT_PAGE : requestedPage;
        int size = requestedSize == null ? DEFAULT_SIZE : requestedSize;
        if (page < 1 || page > 1000) {
            throw ApiProblem.invalidParameter("page", Integer.toString(page), "1 to 1000");
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw ApiProblem.invalidParameter("size", Integer.toString(size), "1 to " + SearchRequest.MAX_SIZE);
        }
        return search.search(new SearchRequest(query, mode == null ? SearchMode.NORMALIZED : mode, filters,
                translations == null ? List.of() : List.copyOf(translations),
                language == null || language.isBlank() ? null : language, page, size, Set.of(), false));
    }

    @QueryMapping
    List<String> suggest(@Argument String prefix, @Argument("limit") @Nullable Integer requested) {
        int limit = requested == null ? DEFAULT_SUGGESTIONS : requested;
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
