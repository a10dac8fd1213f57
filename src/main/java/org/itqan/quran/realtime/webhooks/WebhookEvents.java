package org.itqan.quran.realtime.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.content.ContentImported;
import org.itqan.quran.content.ResourceUpdated;
import org.itqan.quran.security.ClientChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns committed domain events into webhook deliveries. The listeners run from the event publication registry, so
 * an event whose enqueueing failed is enqueued on resubmission; enqueueing is idempotent (one delivery per event and
 * subscription), and the event id is derived from the event itself, so a resubmitted event keeps its id.
 */
@Component
class WebhookEvents {

    private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDispatcher dispatcher;
    private final JsonMapper json;

    WebhookEvents(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions, WebhookDispatcher dispatcher,
            JsonMapper json) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(ContentImported event) {
        // The same content version announced twice is one fact, so one event.
        enqueue(eventId("content.imported", event.contentVersion()), "content.imported",
                Map.of("content_version", event.contentVersion()));
    }

    @ApplicationModuleListener
    void on(ResourceUpdated event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("resource_id", event.resourceId());
        data.put("resource_type", event.resourceType().apiName());
        data.put("version", event.version());
        data.put("previous_version", event.previousVersion());
        data.put("reason", event.reason().apiName());
        data.put("verse_key", event.verseKey());
        // A resource reaches each version once: the version identifies the fact.
        enqueue(eventId("resource.updated", event.resourceId() + ":" + event.version()), "resource.updated", data);
    }

    /** A revoked client's webhooks stop with it. */
    @ApplicationModuleListener
    void on(ClientChanged event) {
        if (event.change() == ClientChanged.Change.REVOKED) {
            var deleted = subscriptions.deleteAll(event.clientId());
            if (deleted > 0) {
                log.info("Deleted {} webhooks of revoked client {}", deleted, event.clientId());
            }
        }
    }

    void enqueue(UUID eventId, String type, Map<String, Object> data) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", eventId.toString());
        body.put("type", type);
        body.put("created_at", Instant.now().toString());
        body.put("data", data);
        if (deliveries.enqueue(eventId, type, json.writeValueAsString(body)) > 0
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        }
    }

    static UUID eventId(String type, String key) {
        return UUID.nameUUIDFromBytes((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
