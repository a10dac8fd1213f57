package org.itqan.quran.search.index;

import java.util.List;

/**
 * A search query after parsing: clauses that must match, clauses that must not, and filters on the verse's place
 * in the mushaf. Words are still raw text (Arabic or Latin): analysis happens per field in {@link LuceneQueries}.
 */
public record ParsedQuery(List<Clause> must, List<Clause> mustNot, List<Filter> filters) {

    public sealed interface Clause permits Word, Phrase, AnyOf {
    }

    /** One word; {@code fuzzy} is the number of edits asked with {@code ~} (0 none), {@code wildcard} has * or ?. */
    public record Word(String text, int fuzzy, boolean wildcard) implements Clause {
    }

    /** Words that must appear in this order, next to each other (pause signs do not count). */
    public record Phrase(List<String> words) implements Clause {

        public String text() {
            return String.join(" ", words);
        }
    }

    /** Any one of the options ({@code OR}, {@code |}). */
    public record AnyOf(List<Clause> options) implements Clause {
    }

    /**
     * {@code field} is one of chapter, juz, page, hizb (values: {@code [from, to]} ranges), revelation
     * ({@code meccan}/{@code medinan}) or sajdah ({@code yes}/{@code no}).
     */
    public record Filter(String field, List<int[]> ranges, List<String> values) {
    }

    /** Every positive word and phrase, for highlighting. */
    public List<Clause> positiveLeaves() {
        var leaves = new java.util.ArrayList<Clause>();
        must.forEach(c -> collect(c, leaves));
        return leaves;
    }

    private static void collect(Clause clause, List<Clause> leaves) {
        if (clause instanceof AnyOf any) {
            any.options().forEach(o -> collect(o, leaves));
        } else {
            leaves.add(clause);
        }
    }
}
