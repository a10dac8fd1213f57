/**
 * Real-time delivery: turns domain events of the other modules into live messages for subscribers (GraphQL
 * subscriptions over WebSocket, Server-Sent Events) and signed webhook deliveries. It only listens to events and
 * never writes domain state other than its own delivery records. Its API is {@link org.itqan.quran.realtime.LiveEvents}:
 * publish a {@link org.itqan.quran.realtime.LiveEvent} on a topic, subscribe to a topic. With Redis configured, a
 * live event published on one node reaches the subscribers of every node.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "userdata", "accounts", "shared"})
package org.itqan.quran.realtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
