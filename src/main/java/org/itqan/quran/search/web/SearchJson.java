package org.itqan.quran.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itqan.quran.search.Navigation;
import org.itqan.quran.search.SearchResults;
import org.itqan.quran.search.Suggestion;
import org.itqan.quran.search.Verification;
import org.itqan.quran.content.Verse;
import org.itqan.quran.search.index.Highlights;

import tools.jackson.databind.util.RawValue;

/** Presents search results in the Quran.com v4 search shape (snake_case), plus our additive members. */
final class SearchJson {

    private SearchJson() {
    }

    static Map<String, Object> search(SearchResults results, boolean html, List<Navigation> navigation) {
        var search = new LinkedHashMap<String, Object>();
        search.put("query", results.query());
        search.put("total_results", results.totalResults());
        search.put("current_page", results.page());
        search.put("total_pages", results.totalPages());
        search.put("results", results.hits().stream().map(h -> hit(h, html)).toList());
        if (!results.facets().isEmpty()) {
            search.put("facets", results.facets());
        }
        search.put("navigation", navigation.stream().map(SearchJson::navigation).toList());
        search.put("timed_out", results.timedOut());
        search.put("took_ms", results.tookMillis());
        return Map.of("search", search);
    }

    private static Map<String, Object> hit(SearchResults.Hit hit, boolean html) {
        var verse = hit.verse();
        var json = new LinkedHashMap<String, Object>();
        json.put("verse_key", verse.key().toString());
        json.put("verse_id", verse.id());
        var highlighted = Highlights.uthmani(verse.textUthmani(), hit.highlighted());
        json.put("text", html ? highlighted : verse.textUthmani());
        json.put("highlighted", html && !hit.highlighted().isEmpty() ? highlighted : null);
        json.put("score", hit.score());
        var words = words(verse, hit.highlighted());
        json.put("words", words);
        if (!html) {
            json.put("positions", hit.highlighted().stream().map(p -> verse.key() + ":" + p).toList());
        }
        json.put("translations", hit.translations().stream().map(t -> {
            var tr = new LinkedHashMap<String, Object>();
            tr.put("text", html ? t.highlighted() : t.text());
            tr.put("resource_id", t.resource().id());
            tr.put("name", t.resource().name());
            tr.put("language_name", t.resource().languageName().toLowerCase(java.util.Locale.ROOT));
            tr.put("matched", t.matched());
            return tr;
        }).toList());
        return json;
    }

    /**
     * The {@code words} array, written straight to JSON text: a page of results has hundreds of words, and
     * building a map per word for the generator to walk was most of the rendering time.
     */
    private static RawValue words(Verse verse, List<Integer> highlighted) {
        var json = new StringBuilder(verse.words().size() * 96).append('[');
        var key = verse.key().toString();
        for (var word : verse.words()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"position\":").append(word.position())
                    .append(",\"location\":\"").append(key).append(':').append(word.position())
                    .append("\",\"text\":");
            string(word.textUthmani(), json);
            json.append(",\"char_type\":\"word\",\"highlight\":")
                    .append(highlighted.contains(word.position())).append('}');
        }
        return new RawValue(json.append(']').toString());
    }

    /** A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped. */
    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

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
