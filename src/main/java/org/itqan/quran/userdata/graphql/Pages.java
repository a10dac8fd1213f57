package org.itqan.quran.userdata.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.itqan.quran.userdata.Keyset;
import org.itqan.quran.userdata.Slice;
import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;

/**
 * Keyset pages for GraphQL: {@code first} items {@code after} an opaque cursor. An explicit {@code first: null} is
 * the schema's default: GraphQL lets a server read it either way, and the default is what a client means by it.
 */
final class Pages {

    /** The schema's default for every {@code first} of graphql/userdata.graphqls. */
    static final int DEFAULT_FIRST = 20;
    static final int MAX_FIRST = 100;

    private Pages() {
    }

    /** One page of a list field, as the schema's *Page types. */
    record Page<T>(List<T> items, boolean hasNextPage, @Nullable String endCursor) {
    }

    static Keyset keyset(@Nullable Integer requested, @Nullable String after) {
        int first = requested == null ? DEFAULT_FIRST : requested;
        if (first < 1 || first > MAX_FIRST) {
            throw UserDataException.invalid("first", "first must be 1 to " + MAX_FIRST);
        }
        return new Keyset(after == null ? null : decode(after), null, first, false);
    }

    static <T> Page<T> of(Slice<T> slice) {
        var items = slice.items();
        return new Page<>(items, slice.hasNext(),
                items.isEmpty() ? null : encode(slice.seqOf().applyAsLong(items.getLast())));
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    private static long decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("k:")) {
                return Long.parseLong(text.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw UserDataException.invalid("after", "after must be an endCursor returned by this API");
    }
}
