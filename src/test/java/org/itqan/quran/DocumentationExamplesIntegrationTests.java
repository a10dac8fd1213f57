package org.itqan.quran;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.itqan.quran.support.Http;
import org.itqan.quran.support.IntegrationTest;
import org.itqan.quran.support.OAuth;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every example request of the documentation against the started application, so the docs cannot drift.
 *
 * <p>The convention (docs/guides/README.md): a fenced {@code http} block holds a request (request line, headers, a
 * blank line, an optional body), and the next fenced block, {@code http-response}, what must come back: the status
 * line, headers (a value must be a prefix of the served one; {@code *} only requires the header), and an optional JSON
 * fragment that must be contained in the served body (objects by member, arrays by position). In requests,
 * {@code {token}} is a client-credentials token, {@code {user_token}} a signed-in user's token and
 * {@code {client_basic}} the Base64 of {@code client_id:client_secret} of the test client.
 */
@IntegrationTest
class DocumentationExamplesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FENCE = Pattern.compile("^```([\\w-]*)\\s*$");
    private static final Path DOCS = Path.of("docs");

    @LocalServerPort
    int port;

    record Example(String file, int line, String request, String expected) {

        @Override
        public String toString() {
            return file + ":" + line + " " + request.lines().findFirst().orElse("");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInTheDocsAnswersAsDocumented() throws IOException {
        var examples = examples();
        var http = new Http(port);
        var oauth = new OAuth(port);
        var tokens = new LinkedHashMap<String, String>();
        Map<String, Supplier<String>> placeholders = Map.of(
                "{token}", () -> oauth.clientCredentials(OAuth.TEST_CLIENT, OAuth.TEST_SECRET,
                        "content.read search.read").accessToken(),
                "{user_token}", () -> oauth.authorizationCode(OAuth.TEST_CLIENT, OAuth.TEST_SECRET,
                        OAuth.ADMIN_EMAIL, OAuth.ADMIN_PASSWORD, "openid user.read bookmark.read").accessToken(),
                "{client_basic}", () -> Base64.getEncoder().encodeToString(
                        (OAuth.TEST_CLIENT + ":" + OAuth.TEST_SECRET).getBytes(StandardCharsets.UTF_8)));
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            var request = example.request();
            for (var placeholder : placeholders.entrySet()) {
                if (request.contains(placeholder.getKey())) {
                    request = request.replace(placeholder.getKey(),
                            tokens.computeIfAbsent(placeholder.getKey(), k -> placeholder.getValue().get()));
                }
            }
            var response = send(http, request);
            // A search answers what it found within quran.search.timeout and says so; the first searches of a cold
            // JVM on a busy machine can run out of time. A client repeats such a search, and so does this test.
            for (int retry = 0; retry < 5 && timedOut(response); retry++) {
                response = send(http, request);
            }
            check(example, response);
        }));
    }

    private static boolean timedOut(Http.Response response) {
        if (response.status() != 200 || !String.valueOf(response.header("Content-Type")).startsWith("application/json")) {
            return false;
        }
        var search = response.json().get("search");
        return search != null && search.has("timed_out") && search.get("timed_out").asBoolean();
    }

    @Test
    void theGuidesHaveExamplesInBothLanguages() throws IOException {
        var examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        // every guide exists in English and Arabic
        try (var guides = Files.list(DOCS.resolve("guides"))) {
            var names = guides.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList();
            for (var name : names) {
                var pair = name.endsWith(".ar.md") ? name.replace(".ar.md", ".md") : name.replace(".md", ".ar.md");
                assertThat(names).as("translation of " + name).contains(pair);
            }
        }
    }

    private static Http.Response send(Http http, String request) {
        var parts = request.split("\\R\\R", 2);
        var head = parts[0].lines().toList();
        var requestLine = head.getFirst().strip().split(" ");
        var headers = new ArrayList<String>();
        for (var line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            headers.add(line.substring(0, colon).strip());
            headers.add(line.substring(colon + 1).strip());
        }
        var body = parts.length > 1 ? parts[1].strip() : "";
        var method = requestLine[0];
        var path = requestLine[1];
        return method.equals("GET") && body.isEmpty() ? http.get(path, headers.toArray(String[]::new))
                : http.send(method, path, body, headers.toArray(String[]::new));
    }

    private static void check(Example example, Http.Response response) {
        var parts = example.expected().split("\\R\\R", 2);
        var head = parts[0].lines().toList();
        var status = Integer.parseInt(head.getFirst().strip().split(" ")[1]);
        assertThat(response.status()).as(example + " status; body " + abbreviate(response.body()))
                .isEqualTo(status);
        for (var line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            var name = line.substring(0, colon).strip();
            var value = line.substring(colon + 1).strip();
            assertThat(response.header(name)).as(example + " header " + name).isNotNull();
            if (!value.equals("*")) {
                assertThat(response.header(name)).as(example + " header " + name).startsWith(value);
            }
        }
        if (parts.length > 1 && !parts[1].isBlank()) {
            var expected = JSON.readTree(parts[1]);
            contains(example + " body " + abbreviate(response.body()), response.json(), expected, "$");
        }
    }

    /** The served JSON contains the expected fragment: every expected member and element, recursively. */
    private static void contains(String what, JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(what + " " + path + " is an object").isTrue();
            for (var name : expected.propertyNames()) {
                assertThat(actual.has(name)).as(what + " " + path + "." + name + " present").isTrue();
                contains(what, actual.get(name), expected.get(name), path + "." + name);
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(what + " " + path + " is an array").isTrue();
            assertThat(actual.size()).as(what + " " + path + " size").isGreaterThanOrEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                contains(what, actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(what + " " + path).isEqualTo(expected);
        }
    }

    static List<Example> examples() throws IOException {
        var examples = new ArrayList<Example>();
        List<Path> files;
        try (var walk = Files.walk(DOCS)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (var file : files) {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String request = null;
            int requestLine = 0;
            for (int i = 0; i < lines.size(); i++) {
                var fence = FENCE.matcher(lines.get(i));
                if (!fence.matches() || fence.group(1).isEmpty()) {
                    continue;
                }
                var kind = fence.group(1);
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                var block = String.join("\n", lines.subList(start, end));
                if (kind.equals("http")) {
                    assertThat(request).as(file + ":" + requestLine + " has no http-response block").isNull();
                    request = block;
                    requestLine = i + 1;
                } else if (kind.equals("http-response")) {
                    assertThat(request).as(file + ":" + (i + 1) + " answers no http block").isNotNull();
                    examples.add(new Example(DOCS.relativize(file).toString(), requestLine, request, block));
                    request = null;
                }
                i = end;
            }
            assertThat(request).as(file + ":" + requestLine + " has no http-response block").isNull();
        }
        return examples;
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
