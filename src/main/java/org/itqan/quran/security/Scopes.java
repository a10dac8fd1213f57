package org.itqan.quran.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The scopes, named as the Quran Foundation names them: a resource, then {@code .read}, {@code .create},
 * {@code .update} or {@code .delete} where the action applies.
 */
public final class Scopes {

    public static final String CONTENT_READ = "content.read";
    public static final String SEARCH_READ = "search.read";
    /** Registering and managing the client's own webhooks (a client-credentials token). */
    public static final String WEBHOOKS = "webhooks";

    /** Resources a user owns: every action applies. */
    static final List<String> USER_RESOURCES = List.of("bookmark", "collection", "note", "reading_session",
            "preference", "goal", "streak");
    static final List<String> ACTIONS = List.of("read", "create", "update", "delete");

    private Scopes() {
    }

    /** Every scope a client may be registered with. */
    public static List<String> all() {
        var scopes = new ArrayList<String>(List.of(CONTENT_READ, SEARCH_READ, WEBHOOKS, "user.read",
                "user.update", "user.delete", "openid", "profile", "email"));
        for (var resource : USER_RESOURCES) {
            for (var action : ACTIONS) {
                scopes.add(resource + "." + action);
            }
        }
        return List.copyOf(scopes);
    }
}
