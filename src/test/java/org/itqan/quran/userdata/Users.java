package org.itqan.quran.userdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.OAuth;

import tools.jackson.databind.JsonNode;

/** Registers users and signs them in over HTTP; sends /auth/v1 requests with their token. */
final class Users {

    static final String ALL = "openid bookmark.read bookmark.create bookmark.update bookmark.delete collection.read "
            + "collection.create collection.update collection.delete note.read note.create note.update note.delete "
            + "reading_session.read reading_session.create reading_session.update reading_session.delete "
            + "preference.read preference.create preference.update preference.delete goal.read goal.create "
            + "goal.update goal.delete streak.read user.read user.delete";
    private static final String PASSWORD = "a long enough password";
    final Http http;
    final OAuth oauth;

    Users(int port) {
        http = new Http(port);
        oauth = new OAuth(port);
    }

    record User(String email, String token, Http http) {

        Http.Response get(String path, String... headers) {
            return http.get(path, with(headers));
        }

        Http.Response send(String method, String path, String body, String... headers) {
            return http.send(method, path, body, with(headers));
        }

        JsonNode data(Http.Response response) {
            assertThat(response.status()).as(response.body()).isBetween(200, 201);
            return response.json().get("data");
        }

        private String[] with(String... headers) {
            var all = new String[headers.length + 4];
            all[0] = "Authorization";
            all[1] = "Bearer " + token;
            all[2] = "Content-Type";
            all[3] = "application/json";
            System.arraycopy(headers, 0, all, 4, headers.length);
            return all;
        }
    }

    User register() {
        return register(ALL);
    }

    User register(String scopes) {
        var email = "ud-" + UUID.randomUUID() + "@example.org";
        var created = http.send("POST", "/api/v4/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\"}", "Content-Type", "application/json");
        assertThat(created.status()).isEqualTo(201);
        return signIn(email, scopes);
    }

    User signIn(String email, String scopes) {
        var tokens = oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET, email, PASSWORD, scopes);
        assertThat(tokens.status()).as(tokens.body().toString()).isEqualTo(200);
        return new User(email, tokens.accessToken(), http);
    }
}
