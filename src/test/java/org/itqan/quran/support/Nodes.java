package org.itqan.quran.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.itqan.quran.QuranApiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Extra application instances for tests that need a node of their own (a second node, a node whose Redis or
 * database goes away), started as GlobalRateLimitIntegrationTests starts its two. Settings are command-line
 * arguments, which outrank the test profile.
 */
public final class Nodes {

    public static final String REDIS_HOST = "127.0.0.1";
    public static final int REDIS_PORT = 6379;

    private Nodes() {
    }

    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(QuranApiApplication.class).logStartupInfo(false).run(args);
    }

    /** An in-memory H2 of this JVM, by name: nodes started with the same name share it, like nodes share a database. */
    public static String h2(String name) {
        return "--spring.datasource.url=jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    public static Http http(ConfigurableApplicationContext node) {
        return new Http(port(node));
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    public static boolean redisAnswers() {
        return accepts(REDIS_PORT);
    }

    public static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A loopback port nothing listens on (at the time of asking). */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
