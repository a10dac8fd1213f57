package org.itqan.quran.realtime;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The node's live-event bus. {@link #publish} hands an event to every subscriber of its topic on this node and, when a
 * relay is installed (Redis pub/sub), to the other nodes, whose relays call {@link #deliverLocally}. Subscribers that
 * cannot keep up lose messages rather than slow down publishers: live events are notifications, and the state they
 * announce can always be re-read (the sync log, the khatm progress, the content version).
 */
@Component
public class LiveEvents {

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private volatile @Nullable Consumer<LiveEvent> relay;

    /** Publishes on this node and, through the relay, on every other node. */
    public void publish(LiveEvent event) {
        deliverLocally(event);
        var current = relay;
        if (current != null) {
            current.accept(event);
        }
    }

    /** Delivers to this node's subscribers only: for a relay passing on another node's event. */
    public void deliverLocally(LiveEvent event) {
        // Serialised: Sinks.Many rejects concurrent emission, and publishers are request threads.
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    /** The events of {@code topic} from now on, until the subscriber cancels. */
    public Flux<LiveEvent> subscribe(String topic) {
        return sink.asFlux().filter(event -> event.topic().equals(topic));
    }

    /** Installs the cross-node relay (at most one); events published afterwards are also passed to it. */
    public void relayTo(Consumer<LiveEvent> relay) {
        this.relay = relay;
    }
}
