package org.itqan.quran.search;

import java.util.Locale;

import org.itqan.quran.shared.Message;
import org.itqan.quran.shared.ApiProblem;

/**
 * How Arabic words are compared. {@code normalized} (default) matches the normalised word and, ranked lower, its
 * light stem; {@code exact} requires the diacritics too; {@code stem} matches light stems only; {@code fuzzy}
 * also accepts one or two letters changed (as {@code word~} does for one word).
 */
public enum SearchMode {
    NORMALIZED, EXACT, STEM, FUZZY;

    public static SearchMode of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidParameter("mode", name, Message.of("expected.mode"));
        }
    }
}
