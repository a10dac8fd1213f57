/**
 * Real-time delivery: turns domain events of the other modules into live messages for subscribers (GraphQL
 * subscriptions over WebSocket, the Server-Sent Events stream {@code GET /api/v4/me/events}) and into signed webhook
 * deliveries for OAuth clients. It never writes domain state other than its own records (webhook subscriptions and
 * deliveries, the dead letters of the event publication registry). Its API is
 * {@link org.itqan.quran.realtime.LiveEvents}: publish a {@link org.itqan.quran.realtime.LiveEvent} on a topic,
 * subscribe to a topic. With Redis configured, a live event published on one node reaches the subscribers of every
 * node. Internals: {@code sse} (the event stream), {@code webhooks} (registration, signed delivery with retries,
 * SSRF rules), {@code relay} (Redis pub/sub between nodes), {@code outbox} (scheduled resubmission of failed
 * listeners, dead letters).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"content", "userdata", "accounts", "security", "shared"})
package org.itqan.quran.realtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
