package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.itqan.quran.shared.Message;
import org.itqan.quran.search.analysis.Buckwalter;
import org.itqan.quran.search.analysis.PresentationForms;
import org.itqan.quran.search.index.ParsedQuery.AnyOf;
import org.itqan.quran.search.index.ParsedQuery.Clause;
import org.itqan.quran.search.index.ParsedQuery.Filter;
import org.itqan.quran.search.index.ParsedQuery.Phrase;
import org.itqan.quran.search.index.ParsedQuery.Word;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Parses the query language of docs/search.md: words (all must match), {@code "phrases"}, {@code OR} and
 * {@code |}, {@code -not}, wildcards {@code *} and {@code ?} (not leading), fuzzy {@code word~} or {@code word~2},
 * and filters {@code chapter:2 juz:30 page:50 hizb:1 revelation:meccan sajdah:yes} (numbers or ranges
 * {@code 2-5}, alternatives with {@code |} or {@code ,}). With Buckwalter input, {@code * | ~ ? '} are letters, so
 * only quotes, {@code OR}, {@code -} and filters are operators.
 * <p>
 * Every way a query can be malformed or unbounded is a 400 {@code invalid-query} naming the problem.
 */
public final class QueryParser {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_CLAUSES = 16;
    private static final Pattern FILTER = Pattern.compile("(chapter|juz|page|hizb|revelation|sajdah):(.+)");
    private static final Pattern FUZZY = Pattern.compile("(.+)~([12])?");
    private static final Map<String, Integer> MAXIMA = Map.of("chapter", 114, "juz", 30, "page", 604, "hizb", 60);

    private QueryParser() {
    }

    public static ParsedQuery parse(String raw, boolean buckwalter) {
        if (raw.isBlank()) {
            throw invalid(Message.of("detail.query.empty"), raw);
        }
        if (raw.length() > MAX_LENGTH) {
            throw invalid(Message.of("detail.query.too-long", raw.length(), MAX_LENGTH), raw);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFFFD') {
                throw invalid(Message.of("detail.query.not-utf8"), raw);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw invalid(Message.of("detail.query.control-character", "%04X".formatted((int) c)), raw);
            }
        }
        raw = PresentationForms.fold(raw); // after the length check: ﷽ alone is one character typed
        var must = new ArrayList<Clause>();
        var mustNot = new ArrayList<Clause>();
        var filters = new ArrayList<Filter>();
        boolean or = false;
        for (var token : tokens(raw)) {
            if (token.equals("OR") || (token.equals("|") && !buckwalter)) {
                if (must.isEmpty() || or) {
                    throw invalid(Message.of("detail.query.or-sides"), raw);
                }
                or = true;
                continue;
            }
            var filter = FILTER.matcher(token);
            if (filter.matches()) {
                filters.add(filter(filter.group(1), filter.group(2), raw));
                continue;
            }
            boolean negated = token.length() > 1 && token.charAt(0) == '-';
            var clause = clause(negated ? token.substring(1) : token, buckwalter, raw);
            if (negated) {
                if (or) {
                    throw invalid(Message.of("detail.query.or-excluded"), raw);
                }
                mustNot.add(clause);
            } else if (or) {
                var previous = must.removeLast();
                var options = new ArrayList<Clause>(previous instanceof AnyOf any ? any.options() : List.of(previous));
                options.add(clause);
                must.add(new AnyOf(List.copyOf(options)));
                or = false;
            } else {
                must.add(clause);
            }
        }
        if (or) {
            throw invalid(Message.of("detail.query.or-sides"), raw);
        }
        if (must.size() + mustNot.size() + filters.size() > MAX_CLAUSES) {
            throw invalid(Message.of("detail.query.too-many-parts", MAX_CLAUSES), raw);
        }
        if (must.isEmpty() && filters.isEmpty()) {
            throw invalid(Message.of("detail.query.only-excludes"), raw);
        }
        return new ParsedQuery(List.copyOf(must), List.copyOf(mustNot), List.copyOf(filters));
    }

    private static Clause clause(String token, boolean buckwalter, String raw) {
        if (token.startsWith("\"")) {
            var words = List.of(token.substring(1, token.length() - 1).strip().split("\\s+"));
            if (words.getFirst().isEmpty()) {
                throw invalid(Message.of("detail.query.empty-phrase"), raw);
            }
            var converted = words.stream().map(w -> buckwalter ? Buckwalter.toArabic(w) : w).toList();
            return converted.size() == 1 ? new Word(converted.getFirst(), 0, false) : new Phrase(converted);
        }
        if (buckwalter) {
            return new Word(Buckwalter.toArabic(token), 0, false);
        }
        if (token.indexOf('|') > 0 && token.length() > 2) {
            var options = new ArrayList<Clause>();
            for (var part : token.split("\\|")) {
                if (part.isEmpty()) {
                    throw invalid(Message.of("detail.query.bar-sides"), raw);
                }
                options.add(word(part, raw));
            }
            return new AnyOf(List.copyOf(options));
        }
        return word(token, raw);
    }

    private static Word word(String token, String raw) {
        int fuzzy = 0;
        var matcher = FUZZY.matcher(token);
        if (matcher.matches()) {
            token = matcher.group(1);
            fuzzy = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
        }
        boolean wildcard = token.indexOf('*') >= 0 || token.indexOf('?') >= 0;
        if (wildcard && token.chars().allMatch(c -> c == '*' || c == '?')) {
            throw invalid(Message.of("detail.query.wildcard-alone"), raw);
        }
        if (token.startsWith("*") || token.startsWith("?")) {
            throw invalid(Message.of("detail.query.leading-wildcard", token), raw);
        }
        if (wildcard && fuzzy > 0) {
            throw invalid(Message.of("detail.query.wildcard-fuzzy", token), raw);
        }
        if (token.isEmpty() || token.indexOf('~') >= 0) {
            throw invalid(Message.of("detail.query.fuzzy-edits"), raw);
        }
        return new Word(token, fuzzy, wildcard);
    }

    private static Filter filter(String field, String value, String raw) {
        var ranges = new ArrayList<int[]>();
        var values = new ArrayList<String>();
        for (var part : value.split("[|,]")) {
            switch (field) {
                case "revelation" -> values.add(switch (part.toLowerCase()) {
                    case "meccan", "makkah", "makki", "mecca" -> "meccan";
                    case "medinan", "madinah", "madani", "medina" -> "medinan";
                    default -> throw invalid(Message.of("detail.query.revelation", part), raw);
                });
                case "sajdah" -> values.add(switch (part.toLowerCase()) {
                    case "yes", "true" -> "yes";
                    case "no", "false" -> "no";
                    default -> throw invalid(Message.of("detail.query.sajdah", part), raw);
                });
                default -> ranges.add(range(field, part, raw));
            }
        }
        return new Filter(field, List.copyOf(ranges), List.copyOf(values));
    }

    private static int[] range(String field, String part, String raw) {
        var bounds = part.split("-", -1);
        int max = MAXIMA.get(field);
        if (bounds.length > 2 || !bounds[0].matches("\\d{1,3}") || !bounds[bounds.length - 1].matches("\\d{1,3}")) {
            throw invalid(Message.of("detail.query.range-shape", field, max, part), raw);
        }
        int from = Integer.parseInt(bounds[0]);
        int to = Integer.parseInt(bounds[bounds.length - 1]);
        if (from < 1 || to > max || from > to) {
            throw invalid(Message.of("detail.query.range-bounds", field, max, part), raw);
        }
        return new int[] {from, to};
    }

    /** Splits on whitespace, keeping {@code "quoted phrases"} (with a leading '-') as one token. */
    static List<String> tokens(String raw) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < raw.length()) {
            if (Character.isWhitespace(raw.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (raw.startsWith("\"", i) || raw.startsWith("-\"", i)) {
                int close = raw.indexOf('"', raw.indexOf('"', i) + 1);
                if (close < 0) {
                    throw invalid(Message.of("detail.query.unbalanced-quote"), raw);
                }
                i = close + 1;
            } else {
                while (i < raw.length() && !Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '"') {
                    i++;
                }
                if (i < raw.length() && raw.charAt(i) == '"' && raw.indexOf('"', i + 1) < 0) {
                    throw invalid(Message.of("detail.query.unbalanced-quote"), raw);
                }
            }
            tokens.add(raw.substring(start, i));
        }
        return tokens;
    }

    static ApiProblem invalid(Message detail, String query) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_QUERY, detail)
                .with("query", query.length() <= 80 ? query : query.substring(0, 80) + "…");
    }
}
