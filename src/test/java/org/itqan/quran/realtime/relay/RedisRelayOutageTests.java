package org.itqan.quran.realtime.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.itqan.quran.realtime.LiveEvent;
import org.itqan.quran.realtime.LiveEvents;
import org.itqan.quran.shared.redis.SharedRedis;
import org.itqan.quran.shared.redis.SharedRedisProperties;
import org.itqan.quran.support.Nodes;
import org.itqan.quran.support.PrivateRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.lettuce.core.RedisClient;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two relays, standing for two nodes, on a private redis-server that the test stops and starts again: events cross
 * between the nodes; while Redis is down each node still delivers its own events locally and publishing never
 * fails; once Redis is back the nodes hear each other again without a restart. Skipped when redis-server is not
 * installed.
 */
class RedisRelayOutageTests {

    private final List<PrivateRedis> servers = new ArrayList<>();
    private final List<RedisClient> clients = new ArrayList<>();
    private final List<RedisLiveEventRelay> relays = new ArrayList<>();
    private final List<Disposable> subscriptions = new ArrayList<>();

    @Test
    void relaysBetweenNodesKeepsLocalDeliveryWhileRedisIsDownAndResumesAfter() throws Exception {
        var port = Nodes.freePort();
        servers.addFirst(PrivateRedis.start(port));
        var a = node(port);
        var b = node(port);
        var heardOnA = listen(a, "content");
        var heardOnB = listen(b, "content");

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            a.publish(LiveEvent.of("content", "content.imported", Map.of("n", 1)));
            return !heardOnB.isEmpty();
        });
        assertThat(heardOnA).isNotEmpty();
        assertThat(heardOnB).allSatisfy(e -> assertThat(e.data()).containsEntry("n", 1));
        var onlyB = heardOnA.size();
        b.publish(LiveEvent.of("content", "content.imported", Map.of("n", 2)));
        await().atMost(Duration.ofSeconds(10)).until(() -> heardOnA.size() > onlyB);
        assertThat(heardOnB.stream().filter(e -> e.data().get("n").equals(2))).as("no echo of its own event")
                .hasSize(1);

        servers.getFirst().close();
        heardOnA.clear();
        heardOnB.clear();
        a.publish(LiveEvent.of("content", "content.imported", Map.of("n", 3)));
        assertThat(heardOnA).extracting(e -> e.data().get("n")).containsExactly(3);

        servers.addFirst(PrivateRedis.start(port));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            a.publish(LiveEvent.of("content", "content.imported", Map.of("n", 4)));
            return heardOnB.stream().anyMatch(e -> e.data().get("n").equals(4));
        });
    }

    private LiveEvents node(int port) {
        var properties = new SharedRedisProperties("redis://127.0.0.1:" + port, Duration.ofMillis(500),
                Duration.ofMillis(200));
        var client = SharedRedis.newClient(properties);
        clients.add(client);
        var redis = new SharedRedis(client, properties);
        var live = new LiveEvents();
        var relay = new RedisLiveEventRelay(live, new StaticListableBeanFactory(Map.of("sharedRedis", redis))
                .getBeanProvider(SharedRedis.class), JsonMapper.builder().build(), "itqan-test-relay-" + port);
        relay.start();
        relays.add(relay);
        return live;
    }

    private List<LiveEvent> listen(LiveEvents live, String topic) {
        var heard = new CopyOnWriteArrayList<LiveEvent>();
        subscriptions.add(live.subscribe(topic).subscribe(heard::add));
        return heard;
    }

    @AfterEach
    void tearDown() {
        subscriptions.forEach(Disposable::dispose);
        relays.forEach(RedisLiveEventRelay::stop);
        clients.forEach(RedisClient::shutdown);
        servers.forEach(PrivateRedis::close);
    }
}
