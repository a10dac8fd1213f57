package org.itqan.quran.search.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.itqan.quran.search.Navigation;
import org.itqan.quran.search.SearchResults;
import org.itqan.quran.search.Suggestion;
import org.itqan.quran.search.Verification;
import org.itqan.quran.content.Verse;
import org.itqan.quran.search.analysis.QuranTextNormalizer;
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
        var verses = results.hits().stream().map(hit -> json(mapper, hit.verse())).toList();
        var bytes = new ByteArrayOutputStream(capacity(verses, results, html, navigation));
        try (var out = mapper.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeName(SEARCH);
            out.writeStartObject();
            out.writeStringProperty("query", results.query());
            out.writeNumberProperty("total_results", results.totalResults());
            out.writeNumberProperty("current_page", results.page());
            out.writeNumberProperty("total_pages", results.totalPages());
            out.writeArrayPropertyStart("results");
            for (int i = 0; i < verses.size(); i++) {
                hit(out, bytes, results.hits().get(i), verses.get(i), html);
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
     * every answer two or three times, a third of a computed search's garbage. A verse's bytes are known; UTF-8
     * needs at most three bytes per UTF-16 character of a translation; highlighting adds a tag pair per word.
     */
    private static int capacity(List<VerseJson> verses, SearchResults results, boolean html,
            List<Navigation> navigation) {
        int size = 1024 + 512 * navigation.size() + (results.facets().isEmpty() ? 0 : 8192);
        for (int i = 0; i < verses.size(); i++) {
            var hit = results.hits().get(i);
            var verse = verses.get(i);
            size += 256 + 2 * verse.text().length + verse.wordsLength() + 8 * verse.words().length
                    + 40 * hit.highlighted().size();
            for (var t : hit.translations()) {
                size += 256 + 3 * (t.resource().name().length() + (html ? t.highlighted() : t.text()).length());
            }
        }
        return size;
    }

    private static void hit(JsonGenerator out, ByteArrayOutputStream bytes, SearchResults.Hit hit, VerseJson rendered,
            boolean html) {
        var verse = hit.verse();
        var key = verse.key().toString();
        out.writeStartObject();
        out.writeName(VERSE_KEY);
        out.writeString(key);
        out.writeName(VERSE_ID);
        out.writeNumber(verse.id());
        var text = html ? rendered.highlighted(hit.highlighted()) : rendered.text();
        out.writeName(TEXT);
        out.writeRawUTF8String(text, 0, text.length);
        out.writeName(HIGHLIGHTED);
        if (html && !hit.highlighted().isEmpty()) {
            out.writeRawUTF8String(text, 0, text.length);
        } else {
            out.writeNull();
        }
        out.writeName(SCORE);
        out.writeNumber(hit.score());
        words(out, bytes, rendered, hit.highlighted());
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
     * The {@code words} member, written as bytes after the generator's: a complete {@code ,"words":[...]} may follow
     * the member value the generator has just written.
     */
    private static void words(JsonGenerator out, ByteArrayOutputStream bytes, VerseJson rendered,
            List<Integer> highlighted) {
        var words = rendered.words();
        var positions = rendered.positions();
        var flags = new boolean[rendered.lastPosition() + 1];
        for (int position : highlighted) {
            if (position > 0 && position < flags.length) {
                flags[position] = true;
            }
        }
        out.flush();
        bytes.writeBytes(WORDS_MEMBER);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                bytes.write(',');
            }
            bytes.writeBytes(words[i]);
            bytes.writeBytes(flags[positions[i]] ? TRUE_END : FALSE_END);
        }
        bytes.write(']');
    }

    /**
     * A verse as a hit shows it, encoded to JSON's UTF-8 once: the Uthmani text (escaped, without its quotes) as a
     * whole and token by token, so that highlighting words is copying bytes around {@code <em>} tags; and each
     * word's JSON up to its highlight flag. Encoding the text and building the highlighted string again for every
     * hit were a third of a computed search's garbage.
     *
     * @param tokens the text split at its spaces; the text between words is kept byte for byte
     * @param wordTokens for each word position (1-based, index 0 unused), its token: pause marks are tokens but
     *        not words
     * @param positions each word's position, in the order of {@code words}
     */
    private record VerseJson(byte[] text, byte[][] tokens, int[] wordTokens, byte[][] words, int wordsLength,
            int[] positions, int lastPosition) {

        /** The text with the words at {@code positions} in {@code <em>}, or the text itself if there are none. */
        byte[] highlighted(List<Integer> positions) {
            if (positions.isEmpty()) {
                return text;
            }
            var marked = new boolean[tokens.length];
            int count = 0;
            for (int position : positions) {
                if (position > 0 && position < wordTokens.length && !marked[wordTokens[position]]) {
                    marked[wordTokens[position]] = true;
                    count++;
                }
            }
            var html = new byte[text.length + count * (EM.length + END_EM.length)];
            int at = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    html[at++] = ' ';
                }
                if (marked[i]) {
                    System.arraycopy(EM, 0, html, at, EM.length);
                    at += EM.length;
                }
                System.arraycopy(tokens[i], 0, html, at, tokens[i].length);
                at += tokens[i].length;
                if (marked[i]) {
                    System.arraycopy(END_EM, 0, html, at, END_EM.length);
                    at += END_EM.length;
                }
            }
            return html;
        }
    }

    private static VerseJson json(ObjectMapper mapper, Verse verse) {
        return VERSES_JSON.get(verse, v -> render(mapper, v));
    }

    private static VerseJson render(ObjectMapper mapper, Verse verse) {
        var split = verse.textUthmani().split(" ", -1);
        var tokens = new byte[split.length][];
        var wordTokens = new ArrayList<Integer>(List.of(-1));
        for (int i = 0; i < split.length; i++) {
            tokens[i] = unquoted(mapper, split[i]);
            if (!split[i].isEmpty() && !split[i].chars().allMatch(c -> QuranTextNormalizer.isRemoved((char) c))) {
                wordTokens.add(i);
            }
        }
        var key = verse.key().toString();
        var words = new byte[verse.words().size()][];
        var positions = new int[words.length];
        int wordsLength = 0;
        for (int i = 0; i < words.length; i++) {
            var word = verse.words().get(i);
            positions[i] = word.position();
            var json = new ByteArrayOutputStream(128);
            json.writeBytes(("{\"position\":" + word.position() + ",\"location\":\"" + key + ':' + word.position()
                    + "\",\"text\":").getBytes(StandardCharsets.UTF_8));
            json.writeBytes(mapper.writeValueAsBytes(word.textUthmani()));
            json.writeBytes(",\"char_type\":\"word\",\"highlight\":".getBytes(StandardCharsets.UTF_8));
            words[i] = json.toByteArray();
            wordsLength += words[i].length;
        }
        return new VerseJson(unquoted(mapper, verse.textUthmani()), tokens,
                wordTokens.stream().mapToInt(Integer::intValue).toArray(), words, wordsLength, positions,
                Arrays.stream(positions).max().orElse(0));
    }

    /** A string as JSON escapes it in UTF-8, without its quotes. */
    private static byte[] unquoted(ObjectMapper mapper, String text) {
        var quoted = mapper.writeValueAsBytes(text);
        return Arrays.copyOfRange(quoted, 1, quoted.length - 1);
    }

    /** Bounded: a verse's text twice and about a hundred bytes per word; most searches land on a few thousand. */
    private static final Cache<Verse, VerseJson> VERSES_JSON = Caches.newBuilder().weakKeys().maximumSize(4096)
            .build();
    private static final byte[] EM = "<em>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END_EM = "</em>".getBytes(StandardCharsets.UTF_8);
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
