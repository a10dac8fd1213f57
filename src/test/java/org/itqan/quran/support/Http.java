package org.itqan.quran.support;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for integration tests: requests go over the loopback socket to the started server. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final int port;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.port = port;
    }

    /**
     * A GET of {@code target} exactly as written, over a plain socket, with {@code headerLines} ("Name: value"):
     * for request lines and headers no HTTP client sends (a bare {@code %}, a control character), which is what
     * such a test is about.
     */
    public Response getRaw(String target, String... headerLines) {
        try (var socket = new Socket("127.0.0.1", port)) {
            var head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (var line : headerLines) {
                head.append(line).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            var lines = raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n");
            var headers = new java.util.TreeMap<String, java.util.List<String>>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                var colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            var body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            if ("chunked".equalsIgnoreCase(headers.getOrDefault("Transfer-Encoding", java.util.List.of("")).getFirst())) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
                    body.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        /** Every value of a header, joined with ", " (several lines of one header are one list, RFC 9110). */
        public String headerValues(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).collect(java.util.stream.Collectors.joining(", "));
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    public Response get(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    public Response send(String method, String path, String body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    private Response send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
