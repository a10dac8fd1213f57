package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.itqan.quran.search.Verification.Closest;
import org.itqan.quran.search.Verification.Difference;
import org.itqan.quran.search.Verification.Part;
import org.itqan.quran.shared.VerseKey;

/**
 * Aligns a quote with a stretch of the Quran word by word: a semi-global edit distance (skipping Quran words before
 * and after the quote is free), so the diff reports only what differs inside the quoted passage. A word missing at
 * one place and added at another is reported as {@code reordered}.
 */
final class WordDiff {

    /** Quran words considered on each side of the best diagonal, for words the quote added or left out. */
    private static final int SLACK = 8;

    private WordDiff() {
    }

    private record Step(String op, int input, int corpus) {
    }

    static Closest align(QuranWords.Corpus corpus, List<String> input, List<String> tokens, int[] tokenOf,
            int start) {
        int from = Math.max(0, start - SLACK);
        int to = Math.min(corpus.size(), start + input.size() + SLACK);
        int n = input.size();
        int m = to - from;
        var cost = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            cost[i][0] = i;
            for (int j = 1; j <= m; j++) {
                boolean same = corpus.matches(from + j - 1, input.get(i - 1));
                cost[i][j] = Math.min(cost[i - 1][j - 1] + (same ? 0 : 1),
                        Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int j = 0;
        for (int k = 1; k <= m; k++) {
            j = cost[n][k] <= cost[n][j] ? k : j; // on a tie, the longer passage: it explains more of the quote
        }
        var steps = new ArrayList<Step>();
        int i = n;
        while (i > 0) {
            if (j > 0 && cost[i][j] == cost[i - 1][j - 1]
                    + (corpus.matches(from + j - 1, input.get(i - 1)) ? 0 : 1)) {
                boolean same = corpus.matches(from + j - 1, input.get(i - 1));
                steps.add(new Step(same ? "equal" : "changed", i - 1, from + j - 1));
                i--;
                j--;
            } else if (j > 0 && cost[i][j] == cost[i][j - 1] + 1) {
                steps.add(new Step("missing", -1, from + --j));
            } else {
                steps.add(new Step("added", --i, -1));
            }
        }
        Collections.reverse(steps);
        reorders(steps, input, corpus);
        var diff = new ArrayList<Difference>();
        int equal = 0;
        int first = -1;
        int last = -1;
        for (var step : steps) {
            equal += step.op().equals("equal") ? 1 : 0;
            if (step.corpus() >= 0) {
                first = first < 0 ? step.corpus() : first;
                last = step.corpus();
            }
            diff.add(new Difference(step.op(), step.corpus() < 0 ? null : corpus.uthmani()[step.corpus()],
                    step.input() < 0 ? null : tokens.get(tokenOf[step.input()]),
                    step.corpus() < 0 ? null : location(corpus, step.corpus())));
        }
        return new Closest(Math.round(1000.0 * equal / n) / 1000.0, first < 0 ? List.of() : parts(corpus, first, last),
                List.copyOf(diff));
    }

    /**
     * A word the quote added that the Quran has nearby (left out at another place, or just after the aligned
     * passage), or a substituted word that the Quran has at another substituted place: "reordered".
     */
    private static void reorders(List<Step> steps, List<String> input, QuranWords.Corpus corpus) {
        int first = steps.stream().filter(s -> s.corpus() >= 0).mapToInt(Step::corpus).min().orElse(-1);
        int last = steps.stream().filter(s -> s.corpus() >= 0).mapToInt(Step::corpus).max().orElse(-1);
        if (first < 0) {
            return;
        }
        var used = new java.util.HashSet<Integer>();
        steps.stream().filter(s -> s.corpus() >= 0 && !s.op().equals("missing")).forEach(s -> used.add(s.corpus()));
        for (int b = 0; b < steps.size(); b++) {
            var added = steps.get(b);
            if (!added.op().equals("added")) {
                continue;
            }
            for (int g = first; g <= Math.min(last + 3, corpus.size() - 1); g++) {
                if (!used.contains(g) && corpus.matches(g, input.get(added.input()))) {
                    used.add(g);
                    steps.set(b, new Step("reordered", added.input(), g));
                    for (int a = 0; a < steps.size(); a++) {
                        if (steps.get(a).op().equals("missing") && steps.get(a).corpus() == g) {
                            steps.remove(a);
                            b -= a < b ? 1 : 0;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        // Swapped words align as two substitutions: each quote word belongs at the other's place.
        var displaced = new java.util.HashSet<String>();
        steps.stream().filter(st -> st.op().equals("changed") || st.op().equals("missing"))
                .forEach(st -> {
                    displaced.add(corpus.normalized()[st.corpus()]);
                    displaced.add(corpus.stripped()[st.corpus()]);
                });
        steps.replaceAll(st -> st.op().equals("changed") && displaced.contains(input.get(st.input()))
                ? new Step("reordered", st.input(), st.corpus()) : st);
    }

    private static List<Part> parts(QuranWords.Corpus corpus, int first, int last) {
        var parts = new ArrayList<Part>();
        int i = first;
        while (i <= last) {
            int j = i;
            while (j + 1 <= last && corpus.verseIds()[j + 1] == corpus.verseIds()[i]) {
                j++;
            }
            parts.add(new Part(VerseKey.ofId(corpus.verseIds()[i]), corpus.positions()[i], corpus.positions()[j],
                    false, "normalized"));
            i = j + 1;
        }
        return parts;
    }

    private static String location(QuranWords.Corpus corpus, int index) {
        return VerseKey.ofId(corpus.verseIds()[index]) + ":" + corpus.positions()[index];
    }
}
