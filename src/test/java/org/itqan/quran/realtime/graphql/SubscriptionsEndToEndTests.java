package org.itqan.quran.realtime.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.itqan.quran.support.Accounts;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.NodeScripts;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Subscriptions driven by the graphql-ws client from npm, in Node (src/test/e2e/subscriptions.mjs), against the
 * started server: a bookmark written over REST reaches the writer's syncChanges subscription, a khatm plan's
 * progress reaches its members and not an outsider, a connection whose connection_init carries an invalid token
 * is closed with 4403, and a subscription whose token is revoked ends with an UNAUTHORIZED error.
 */
@IntegrationTest
class SubscriptionsEndToEndTests {

    @LocalServerPort
    int port;

    @Test
    void graphqlWsClientHearsItsOwnRestWriteAndInvalidOrRevokedTokensAreRefused() throws Exception {
        var accounts = new Accounts(port);
        var token = accounts.register("openid bookmark.read bookmark.create goal.read goal.create goal.update");
        var outsider = accounts.register("openid goal.read");
        var revoked = accounts.register("openid bookmark.read");
        var run = NodeScripts.node("subscriptions.mjs", Map.of("BASE_URL", "http://127.0.0.1:" + port,
                "TOKEN", token, "OUTSIDER_TOKEN", outsider, "REVOKED_TOKEN", revoked,
                "CLIENT_ID", OAuth.TEST_CLIENT, "CLIENT_SECRET", OAuth.TEST_SECRET), 120);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"check\":\"syncChanges\",\"ok\":true,\"type\":\"bookmark.added\"")
                .contains("\"check\":\"khatmProgress\",\"ok\":true")
                .contains("\"payload\":\"Authorization\",\"ok\":true,\"code\":4403")
                .contains("\"payload\":\"token\",\"ok\":true,\"code\":4403")
                .contains("\"check\":\"revoked token ends subscriptions\",\"ok\":true");
    }
}
