package org.itqan.quran.support;

import java.util.UUID;

/** Registers accounts over HTTP and signs them in with the authorization-code flow; returns their access tokens. */
public final class Accounts {

    /** Every user-data scope, as a first-party app asks for. */
    public static final String ALL_SCOPES = "openid bookmark.read bookmark.create bookmark.update bookmark.delete "
            + "collection.read collection.create collection.update collection.delete note.read note.create "
            + "note.update note.delete reading_session.read reading_session.create reading_session.update "
            + "reading_session.delete preference.read preference.create preference.update preference.delete "
            + "goal.read goal.create goal.update goal.delete streak.read user.read";
    private static final String PASSWORD = "a long enough password";
    private final Http http;
    private final OAuth oauth;

    public Accounts(int port) {
        this.http = new Http(port);
        this.oauth = new OAuth(port);
    }

    /** A new account's access token with {@code scopes}. */
    public String register(String scopes) {
        var email = "gql-" + UUID.randomUUID() + "@example.org";
        var created = http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\""
                + PASSWORD + "\"}", "Content-Type", "application/json");
        if (created.status() != 201) {
            throw new AssertionError("registration answered " + created.status() + ": " + created.body());
        }
        var tokens = oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD, scopes);
        if (tokens.status() != 200) {
            throw new AssertionError("sign-in answered " + tokens.status() + ": " + tokens.body());
        }
        return tokens.accessToken();
    }

    public String register() {
        return register(ALL_SCOPES);
    }
}
