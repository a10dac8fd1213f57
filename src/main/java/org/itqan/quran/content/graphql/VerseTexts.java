package org.itqan.quran.content.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

/**
 * {@code Verse.translations} and {@code Verse.tafsirs}, batched: every verse of a response asks the DataLoader for
 * its texts, and the loader reads them with one query per (type, resource ids, filter) and run of nearby verses
 * ({@link ContentCatalog#texts}), so 50 verses with two translations cost one SQL query, not a hundred.
 * {@code @BatchMapping} cannot see field arguments, hence a DataLoader keyed by them.
 */
@Controller
class VerseTexts {

    static final String LOADER = "verseTexts";
    /** At most this many resources per field: the cost of a field grows with it. */
    static final int MAX_IDS = 10;
    /** Verses further apart than this are read by separate range queries rather than one wide one. */
    static final int GAP = 64;

    private final ContentCatalog catalog;

    /** A verse in one resource, as the schema's VerseText. */
    record VerseText(int resourceId, String verseKey, String text, @Nullable String footNotes) {
    }

    /** What one verse's field asks for. */
    record Key(ResourceType type, List<Integer> ids, boolean commercialOnly, int verseId) {
    }

    VerseTexts(ContentCatalog catalog, BatchLoaderRegistry registry) {
        this.catalog = catalog;
        registry.<Key, List<VerseText>>forName(LOADER)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys)));
    }

    @SchemaMapping(typeName = "Verse")
    CompletableFuture<List<VerseText>> translations(Verse verse, @Argument List<Integer> ids,
            @Argument @Nullable Boolean commercialOnly, DataFetchingEnvironment environment) {
        return texts(ResourceType.TRANSLATION, verse, ids, Boolean.TRUE.equals(commercialOnly), environment);
    }

    @SchemaMapping(typeName = "Verse")
    CompletableFuture<List<VerseText>> tafsirs(Verse verse, @Argument List<Integer> ids,
            @Argument @Nullable Boolean commercialOnly, DataFetchingEnvironment environment) {
        return texts(ResourceType.TAFSIR, verse, ids, Boolean.TRUE.equals(commercialOnly), environment);
    }

    private CompletableFuture<List<VerseText>> texts(ResourceType type, Verse verse, List<Integer> ids,
            boolean commercialOnly, DataFetchingEnvironment environment) {
        if (ids.size() > MAX_IDS) {
            throw ApiProblem.invalidParameter("ids", ids.toString(), "at most " + MAX_IDS + " ids");
        }
        var filter = new ResourceFilter(commercialOnly);
        ids.forEach(id -> catalog.resource(type, id, filter)); // 404 naming the available ids, as REST
        DataLoader<Key, List<VerseText>> loader = environment.getDataLoader(LOADER);
        return loader.load(new Key(type, List.copyOf(ids), commercialOnly, verse.id()));
    }

    private Map<Key, List<VerseText>> load(Set<Key> keys) {
        var result = new HashMap<Key, List<VerseText>>();
        var groups = keys.stream().collect(Collectors.groupingBy(k -> new Key(k.type(), k.ids(),
                k.commercialOnly(), 0)));
        groups.forEach((group, members) -> {
            var verseIds = members.stream().mapToInt(Key::verseId).sorted().toArray();
            int start = 0;
            for (int i = 1; i <= verseIds.length; i++) {
                if (i == verseIds.length || verseIds[i] - verseIds[i - 1] > GAP) {
                    var texts = catalog.texts(group.type(), group.ids(), verseIds[start], verseIds[i - 1],
                            new ResourceFilter(group.commercialOnly()));
                    for (int j = start; j < i; j++) {
                        var key = new Key(group.type(), group.ids(), group.commercialOnly(), verseIds[j]);
                        var list = new ArrayList<VerseText>();
                        for (var id : group.ids()) {
                            var text = texts.getOrDefault(id, Map.of()).get(verseIds[j]);
                            if (text != null) {
                                list.add(new VerseText(id, VerseKey.ofId(verseIds[j]).toString(), text.text(),
                                        text.footNotes()));
                            }
                        }
                        result.put(key, List.copyOf(list));
                    }
                    start = i;
                }
            }
        });
        return result;
    }
}
