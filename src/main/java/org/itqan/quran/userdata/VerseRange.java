package org.itqan.quran.userdata;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.VerseKey;

/** An inclusive run of verses in reading order, written {@code "2:255-2:257"} as in the QF notes API. */
public record VerseRange(VerseKey from, VerseKey to) {

    public VerseRange {
        if (from.compareTo(to) > 0) {
            throw UserDataException.invalid("ranges", "a range must start at or before its end: " + from + "-" + to);
        }
    }

    /** @throws UserDataException 400 for a malformed range or a verse that does not exist */
    public static VerseRange parse(String field, String text) {
        var parts = text.split("-", -1);
        if (parts.length != 2) {
            throw UserDataException.invalid(field, field + " must look like 2:255-2:257");
        }
        return new VerseRange(key(field, parts[0]), key(field, parts[1]));
    }

    /** @throws UserDataException 400 naming the field when the key is malformed or names no verse */
    public static VerseKey key(String field, String text) {
        try {
            return VerseKey.parse(text);
        } catch (ApiProblem e) {
            throw UserDataException.invalid(field, e.getBody().getDetail());
        }
    }

    public static VerseRange of(int firstVerseId, int lastVerseId) {
        return new VerseRange(VerseKey.ofId(firstVerseId), VerseKey.ofId(lastVerseId));
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
