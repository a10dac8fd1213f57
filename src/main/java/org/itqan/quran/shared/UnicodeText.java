package org.itqan.quran.shared;

/**
 * Whether a string is Unicode text: UTF-16 without an unpaired surrogate. JSON lets a client write one
 * ({@code "\ud800"}), but it is no character: PostgreSQL cannot store it, UTF-8 cannot encode it, and a JSON writer
 * streaming UTF-8 fails on it halfway through a response. Text from clients is checked where it enters, so that
 * such a value is a 400 naming the member instead of a 500 later, for whoever reads it back.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** True when every high surrogate in {@code text} is followed by a low one and no low one stands alone. */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
