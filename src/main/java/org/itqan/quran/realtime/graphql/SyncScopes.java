package org.itqan.quran.realtime.graphql;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Which sync events a token may hear: each kind of change needs the read scope of what changed, as reading it over
 * REST would (a token that may not read notes is not told a note was saved).
 */
final class SyncScopes {

    /** Event type prefix (before the dot) to the scope that reads it. */
    static final Map<String, String> SCOPE_OF = Map.of("bookmark", "bookmark.read", "collection", "collection.read",
            "note", "note.read", "reading", "reading_session.read", "activity", "reading_session.read", "goal",
            "goal.read", "preferences", "preference.read");

    private SyncScopes() {
    }

    /** @throws ApiProblem 403 when the token may read none of them */
    static Set<String> readableBy(Subscriber subscriber) {
        var readable = SCOPE_OF.entrySet().stream().filter(e -> subscriber.scopes().contains(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        if (readable.isEmpty()) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "The access token needs a read scope "
                    + "of user data (e.g. bookmark.read) to subscribe to sync changes");
        }
        return readable;
    }

    static boolean admits(Set<String> readable, String type) {
        int dot = type.indexOf('.');
        return readable.contains(dot < 0 ? type : type.substring(0, dot));
    }
}
