package org.itqan.quran.content.graphql;

import java.util.List;
import java.util.stream.IntStream;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.Division;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.content.Resource;
import org.itqan.quran.content.ResourceFilter;
import org.itqan.quran.content.ResourceType;
import org.itqan.quran.content.Verse;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.VerseKey;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The content part of the GraphQL schema (graphql/content.graphqls), read from {@link ContentCatalog}: the core is
 * its in-memory snapshot, so chapters, verses, words and divisions cost no SQL; translation and tafsir texts are
 * loaded in batches by {@link VerseTexts}. Licence filtering is the catalog's, as on REST. An explicit {@code null}
 * for an argument with a default is that default: GraphQL lets a server read it either way, and the default is what
 * a client means by it.
 */
@Controller
class ContentGraphQlController {

    /** The most verses one list field returns, as REST's largest page. */
    static final int MAX_VERSES = 300;
    /** The schema's default for {@code verses(limit:)}. */
    static final int DEFAULT_LIMIT = 50;

    private final ContentCatalog catalog;

    ContentGraphQlController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    /** A word with its location, which the content model leaves to the verse. */
    record WordView(int id, int position, String location, String textUthmani) {
    }

    /** A resource's licence, grouped as clients read it. */
    record License(String id, String terms, String attribution, boolean commercialUse, boolean derivativesAllowed) {
    }

    @QueryMapping
    List<Chapter> chapters() {
        return catalog.chapters();
    }

    @QueryMapping
    Chapter chapter(@Argument int number) {
        return catalog.chapter(number);
    }

    @QueryMapping
    Verse verse(@Argument String key) {
        return catalog.verse(VerseKey.parse(key));
    }

    @QueryMapping
    List<Verse> verses(@Argument String from, @Argument String to) {
        var first = VerseKey.parse(from);
        var last = VerseKey.parse(to);
        if (first.id() > last.id() || last.id() - first.id() >= MAX_VERSES) {
            throw ApiProblem.invalidParameter("to", to, "a verse key at or after " + from + " and at most "
                    + MAX_VERSES + " verses from it");
        }
        return catalog.verses(first.id(), last.id());
    }

    @QueryMapping
    List<Division> divisions(@Argument DivisionType type) {
        return catalog.divisions(type);
    }

    @QueryMapping
    Division division(@Argument DivisionType type, @Argument int number) {
        return catalog.division(type, number);
    }

    @QueryMapping
    List<Resource> translations(@Argument @Nullable Boolean commercialOnly) {
        return catalog.resources(ResourceType.TRANSLATION, filter(commercialOnly));
    }

    @QueryMapping
    List<Resource> tafsirs(@Argument @Nullable Boolean commercialOnly) {
        return catalog.resources(ResourceType.TAFSIR, filter(commercialOnly));
    }

    /** A resource the filter hides does not exist for this request: null, as for an unknown id. */
    @QueryMapping
    @Nullable Resource resource(@Argument int id, @Argument @Nullable Boolean commercialOnly) {
        var filter = catalog.filter(filter(commercialOnly));
        return catalog.resource(id).filter(filter::admits).orElse(null);
    }

    @QueryMapping
    String contentVersion() {
        return catalog.contentVersion();
    }

    @SchemaMapping(typeName = "Chapter", field = "number")
    int chapterNumber(Chapter chapter) {
        return chapter.id();
    }

    @SchemaMapping(typeName = "Chapter")
    List<Integer> pages(Chapter chapter) {
        return IntStream.rangeClosed(chapter.firstPage(), chapter.lastPage()).boxed().toList();
    }

    @SchemaMapping(typeName = "Chapter", field = "verses")
    List<Verse> chapterVerses(Chapter chapter, @Argument @Nullable Integer offset,
            @Argument @Nullable Integer limit) {
        return slice(chapter.firstVerseId(), chapter.lastVerseId(), offset, limit);
    }

    @SchemaMapping(typeName = "Division", field = "verses")
    List<Verse> divisionVerses(Division division, @Argument @Nullable Integer offset,
            @Argument @Nullable Integer limit) {
        return slice(division.firstVerseId(), division.lastVerseId(), offset, limit);
    }

    @SchemaMapping(typeName = "Division")
    String firstVerseKey(Division division) {
        return VerseKey.ofId(division.firstVerseId()).toString();
    }

    @SchemaMapping(typeName = "Division")
    String lastVerseKey(Division division) {
        return VerseKey.ofId(division.lastVerseId()).toString();
    }

    @SchemaMapping(typeName = "Verse")
    String verseKey(Verse verse) {
        return verse.key().toString();
    }

    @SchemaMapping(typeName = "Verse", field = "chapterNumber")
    int verseChapterNumber(Verse verse) {
        return verse.chapterId();
    }

    @SchemaMapping(typeName = "Verse")
    Chapter chapter(Verse verse) {
        return catalog.chapter(verse.chapterId());
    }

    @SchemaMapping(typeName = "Verse")
    List<WordView> words(Verse verse) {
        var key = verse.key().toString();
        return verse.words().stream()
                .map(w -> new WordView(w.id(), w.position(), key + ":" + w.position(), w.textUthmani())).toList();
    }

    @SchemaMapping(typeName = "Resource")
    License license(Resource resource) {
        return new License(resource.licenseId(), resource.licenseTerms(), resource.attribution(),
                resource.commercialUse(), resource.derivativesAllowed());
    }

    @SchemaMapping(typeName = "VerseText")
    Resource resource(VerseTexts.VerseText text) {
        return catalog.resource(text.resourceId()).orElseThrow();
    }

    /** The schema's {@code commercialOnly} filter; an explicit {@code null} is its default, false. */
    static ResourceFilter filter(@Nullable Boolean commercialOnly) {
        return new ResourceFilter(Boolean.TRUE.equals(commercialOnly));
    }

    private List<Verse> slice(int firstId, int lastId, @Nullable Integer skipped, @Nullable Integer requested) {
        int offset = skipped == null ? 0 : skipped;
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (offset < 0) {
            throw ApiProblem.invalidParameter("offset", Integer.toString(offset), "0 or more");
        }
        if (limit < 1 || limit > MAX_VERSES) {
            throw ApiProblem.invalidParameter("limit", Integer.toString(limit), "1 to " + MAX_VERSES);
        }
        int from = firstId + offset;
        int to = (int) Math.min(lastId, (long) from + limit - 1);
        return from > lastId ? List.of() : catalog.verses(from, to);
    }
}
