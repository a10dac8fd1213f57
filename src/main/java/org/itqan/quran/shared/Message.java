package org.itqan.quran.shared;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A human-readable text of an error, kept as a key of {@code messages/problems*.properties} and its arguments so it
 * can be rendered in the caller's language when the response is written, not when the error is raised. Arguments
 * may themselves be messages (the "expected ..." part of an invalid-parameter detail); they are rendered in the same
 * language. A message without a key (from code that has not got one yet) is its English text in every language.
 */
public record Message(@Nullable String key, String english, Object[] args) {

    /** A bundled message; its English text comes from the base bundle, so the key must exist there. */
    public static Message of(String key, Object... args) {
        return new Message(key, ProblemMessages.text(key, args, key, Locale.ENGLISH), args.clone());
    }

    /** A text that has no key: served as is in every language. */
    public static Message literal(String text) {
        return new Message(null, text, new Object[0]);
    }

    public String in(Locale locale) {
        return key == null ? english : ProblemMessages.text(key, args, english, locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && java.util.Objects.equals(key, m.key) && english.equals(m.english)
                && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * english.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return english;
    }
}
