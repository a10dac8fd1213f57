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
                boolean same = input.get(i - 1).equals(corpus.normalized()[from + j - 1]);
                cost[i][j] = Math.min(cost[i - 1][j - 1] + (same ? 0 : 1),
                        Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
            }
        }
        int j = 0;
        for (int k = 1; k <= m; k++) {
            j = cost[n][k] < cost[n][j] ? k : j;
        }
        var steps = new ArrayList<Step>();
        int i = n;
        while (i > 0) {
            if (j > 0 && cost[i][j] == cost[i - 1][j - 1]
                    + (input.get(i - 1).equals(corpus.normalized()[from + j - 1]) ? 0 : 1)) {
                boolean same = input.get(i - 1).equals(corpus.normalized()[from + j - 1]);
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

    /** A missing word that the quote has elsewhere as an added word: both become "reordered". */
    private static void reorders(List<Step> steps, List<String> input, QuranWords.Corpus corpus) {
        for (int a = 0; a < steps.size(); a++) {
            if (!steps.get(a).op().equals("missing")) {
                continue;
            }
            var word = corpus.normalized()[steps.get(a).corpus()];
            for (int b = 0; b < steps.size(); b++) {
                var other = steps.get(b);
                if (other.op().equals("added") && input.get(other.input()).equals(word)) {
                    steps.set(a, new Step("reordered", -1, steps.get(a).corpus()));
                    steps.set(b, new Step("reordered", other.input(), -1));
                    break;
                }
            }
        }
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
