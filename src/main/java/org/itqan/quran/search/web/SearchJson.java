package org.itqan.quran.search.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itqan.quran.search.Navigation;
import org.itqan.quran.search.SearchResults;
import org.itqan.quran.search.Suggestion;
import org.itqan.quran.search.Verification;
import org.itqan.quran.content.Verse;
import org.itqan.quran.search.index.Highlights;
import org.itqan.quran.shared.Caches;

import com.github.benmanes.caffeine.cache.Cache;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectMapper;

/** Presents search results in the Quran.com v4 search shape (snake_case), plus our additive members. */
final class SearchJson {

    private SearchJson() {
    }

    /**
     * The whole search response, written straight to UTF-8 bytes. A page of results holds hundreds of words; building
     * maps for the mapper to walk took a quarter of a computed search.
     */
    static byte[] search(ObjectMapper mapper, SearchResults results, boolean html, List<Navigation> navigation) {
        var bytes = new ByteArrayOutputStream(capacity(mapper, results, html, navigation));
        try (var out = mapper.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeName(SEARCH);
            out.writeStartObject();
            out.writeStringProperty("query", results.query());
            out.writeNumberProperty("total_results", results.totalResults());
            out.writeNumberProperty("current_page", results.page());
            out.writeNumberProperty("total_pages", results.totalPages());
            out.writeArrayPropertyStart("results");
            for (var hit : results.hits()) {
                hit(out, bytes, mapper, hit, html);
            }
            out.writeEndArray();
            if (!results.facets().isEmpty()) {
                out.writePOJOProperty("facets", results.facets());
            }
            out.writeArrayPropertyStart("navigation");
            for (var n : navigation) {
                out.writePOJO(navigation(n));
            }
            out.writeEndArray();
            out.writeBooleanProperty("timed_out", results.timedOut());
            out.writeNumberProperty("took_ms", results.tookMillis());
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /**
     * An upper bound of the answer's size, so that the buffer is allocated once: growing it by doubling copied
     * every answer two or three times, a third of a computed search's garbage. UTF-8 needs at most three bytes per
     * UTF-16 character; highlighting adds a tag pair per matched word.
     */
    private static int capacity(ObjectMapper mapper, SearchResults results, boolean html,
            List<Navigation> navigation) {
        int size = 1024 + 512 * navigation.size() + (results.facets().isEmpty() ? 0 : 8192);
        for (var hit : results.hits()) {
            var verse = hit.verse();
            for (var word : WORDS_JSON.get(verse, v -> render(mapper, v))) {
                size += word.length + 8;
            }
            int tags = 32 * hit.highlighted().size();
            size += 256 + 2 * (3 * verse.textUthmani().length() + tags) + 24 * hit.highlighted().size();
            for (var t : hit.translations()) {
                size += 256 + 3 * (t.resource().name().length() + (html ? t.highlighted() : t.text()).length());
            }
        }
        return size;
    }

    private static void hit(JsonGenerator out, ByteArrayOutputStream bytes, ObjectMapper mapper, SearchResults.Hit hit,
            boolean html) {
        var verse = hit.verse();
        var key = verse.key().toString();
        out.writeStartObject();
        out.writeName(VERSE_KEY);
        out.writeString(key);
        out.writeName(VERSE_ID);
        out.writeNumber(verse.id());
        var highlighted = html ? Highlights.uthmani(verse.textUthmani(), hit.highlighted()) : null;
        out.writeName(TEXT);
        out.writeString(html ? highlighted : verse.textUthmani());
        out.writeName(HIGHLIGHTED);
        if (html && !hit.highlighted().isEmpty()) {
            out.writeString(highlighted);
        } else {
            out.writeNull();
        }
        out.writeName(SCORE);
        out.writeNumber(hit.score());
        words(out, bytes, mapper, verse, hit.highlighted());
        if (!html) {
            out.writeArrayPropertyStart("positions");
            for (var position : hit.highlighted()) {
                out.writeString(key + ':' + position);
            }
            out.writeEndArray();
        }
        out.writeName(TRANSLATIONS);
        out.writeStartArray();
        for (var t : hit.translations()) {
            out.writeStartObject();
            out.writeName(TEXT);
            out.writeString(html ? t.highlighted() : t.text());
            out.writeName(RESOURCE_ID);
            out.writeNumber(t.resource().id());
            out.writeName(NAME);
            out.writeString(t.resource().name());
            out.writeName(LANGUAGE_NAME);
            out.writeString(t.resource().languageName().toLowerCase(Locale.ROOT));
            out.writeName(MATCHED);
            out.writeBoolean(t.matched());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * The {@code words} member, written as bytes after the generator's: each word's JSON up to its highlight flag is
     * rendered once per verse and kept (a verse's words never change within a content version, and a new version
     * brings new Verse objects, so the weak identity keys let old entries go).
     */
    private static void words(JsonGenerator out, ByteArrayOutputStream bytes, ObjectMapper mapper, Verse verse,
            List<Integer> highlighted) {
        var words = WORDS_JSON.get(verse, v -> render(mapper, v));
        out.flush(); // the generator has just written a member's value: a complete ,"words":[...] may follow
        bytes.writeBytes(WORDS_MEMBER);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                bytes.write(',');
            }
            bytes.writeBytes(words[i]);
            bytes.writeBytes(highlighted.contains(verse.words().get(i).position()) ? TRUE_END : FALSE_END);
        }
        bytes.write(']');
    }

    private static byte[][] render(ObjectMapper mapper, Verse verse) {
        var key = verse.key().toString();
        var words = new byte[verse.words().size()][];
        for (int i = 0; i < words.length; i++) {
            var word = verse.words().get(i);
            var json = new ByteArrayOutputStream(128);
            json.writeBytes(("{\"position\":" + word.position() + ",\"location\":\"" + key + ':' + word.position()
                    + "\",\"text\":").getBytes(StandardCharsets.UTF_8));
            json.writeBytes(mapper.writeValueAsBytes(word.textUthmani()));
            json.writeBytes(",\"char_type\":\"word\",\"highlight\":".getBytes(StandardCharsets.UTF_8));
            words[i] = json.toByteArray();
        }
        return words;
    }

    /** Bounded: about a hundred bytes per word, and most searches land on the same few thousand verses. */
    private static final Cache<Verse, byte[][]> WORDS_JSON = Caches.newBuilder().weakKeys().maximumSize(4096)
            .build();
    private static final byte[] WORDS_MEMBER = ",\"words\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRUE_END = "true}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FALSE_END = "false}".getBytes(StandardCharsets.UTF_8);

    /** Member names written for every hit and word, encoded to UTF-8 once. */
    private static final SerializableString SEARCH = new SerializedString("search");
    private static final SerializableString VERSE_KEY = new SerializedString("verse_key");
    private static final SerializableString VERSE_ID = new SerializedString("verse_id");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString HIGHLIGHTED = new SerializedString("highlighted");
    private static final SerializableString SCORE = new SerializedString("score");
    private static final SerializableString TRANSLATIONS = new SerializedString("translations");
    private static final SerializableString RESOURCE_ID = new SerializedString("resource_id");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString LANGUAGE_NAME = new SerializedString("language_name");
    private static final SerializableString MATCHED = new SerializedString("matched");

    static Map<String, Object> navigation(Navigation navigation) {
        var json = new LinkedHashMap<String, Object>();
        json.put("result_type", navigation.type());
        json.put("key", navigation.key());
        json.put("name", navigation.name());
        json.put("first_verse_key", navigation.firstVerse().toString());
        json.put("last_verse_key", navigation.lastVerse().toString());
        return json;
    }

    static Map<String, Object> suggestion(Suggestion suggestion) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", suggestion.type());
        json.put("text", suggestion.text());
        if (suggestion.chapterNumber() != null) {
            json.put("chapter_number", suggestion.chapterNumber());
        } else {
            json.put("count", suggestion.count());
        }
        return json;
    }

    static Map<String, Object> verification(Verification verification) {
        var json = new LinkedHashMap<String, Object>();
        json.put("status", verification.status());
        json.put("words", verification.words());
        json.put("occurrences", verification.occurrences().stream().map(o -> Map.of("exact", o.exact(), "parts",
                o.parts().stream().map(SearchJson::part).toList())).toList());
        var closest = verification.closest();
        if (closest != null) {
            var c = new LinkedHashMap<String, Object>();
            c.put("similarity", closest.similarity());
            c.put("parts", closest.parts().stream().map(SearchJson::part).toList());
            c.put("diff", closest.diff().stream().map(d -> {
                var step = new LinkedHashMap<String, Object>();
                step.put("op", d.op());
                step.put("expected", d.expected());
                step.put("found", d.found());
                step.put("location", d.location());
                return step;
            }).toList());
            json.put("closest", c);
        } else {
            json.put("closest", null);
        }
        return Map.of("verification", json);
    }

    private static Map<String, Object> part(Verification.Part part) {
        var json = new LinkedHashMap<String, Object>();
        json.put("verse_key", part.verseKey().toString());
        json.put("from_word", part.fromWord());
        json.put("to_word", part.toWord());
        json.put("exact", part.exact());
        json.put("matched_script", part.matchedScript());
        return json;
    }
}
