package org.itqan.quran.realtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests: opens {@code GET path} with a bearer token over real HTTP and parses the
 * stream (RFC: text/event-stream) on a background thread into messages (id, event, data) and comment lines.
 */
public final class EventStream implements AutoCloseable {

    public record Message(String id, String event, String data) {
    }

    public final List<Message> messages = new CopyOnWriteArrayList<>();
    public final List<String> comments = new CopyOnWriteArrayList<>();
    private volatile boolean ended;
    private final HttpClient client = HttpClient.newHttpClient();
    private final HttpResponse<Stream<String>> response;

    public EventStream(int port, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        if (response.statusCode() == 200) {
            CompletableFuture.runAsync(this::read);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Whether the server ended the stream (or the test closed it). */
    public boolean ended() {
        return ended;
    }

    public List<Message> of(String event) {
        return messages.stream().filter(m -> m.event().equals(event)).toList();
    }

    private void read() {
        var fields = new ArrayList<String[]>();
        try (var lines = response.body()) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    dispatch(fields);
                    fields.clear();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).trim());
                } else {
                    var colon = line.indexOf(':');
                    var name = colon < 0 ? line : line.substring(0, colon);
                    var value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    fields.add(new String[] {name, value});
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed by the test or the server
        } finally {
            ended = true;
        }
    }

    private void dispatch(List<String[]> fields) {
        String id = "";
        String event = "message";
        var data = new StringBuilder();
        for (var field : fields) {
            switch (field[0]) {
                case "id" -> id = field[1];
                case "event" -> event = field[1];
                case "data" -> data.append(data.isEmpty() ? "" : "\n").append(field[1]);
                default -> {
                }
            }
        }
        if (!fields.isEmpty()) {
            messages.add(new Message(id, event, data.toString()));
        }
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
