package org.itqan.quran.realtime;

import java.util.Map;

import org.itqan.quran.content.ContentImported;
import org.itqan.quran.content.ResourceUpdated;
import org.itqan.quran.realtime.LiveEvent.Topics;
import org.itqan.quran.userdata.ActivityRecorded;
import org.itqan.quran.userdata.BookmarkAdded;
import org.itqan.quran.userdata.BookmarkRemoved;
import org.itqan.quran.userdata.CollectionChanged;
import org.itqan.quran.userdata.GoalChanged;
import org.itqan.quran.userdata.KhatmPlanChanged;
import org.itqan.quran.userdata.NoteDeleted;
import org.itqan.quran.userdata.NoteSaved;
import org.itqan.quran.userdata.PreferencesChanged;
import org.itqan.quran.userdata.ReadingRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns committed domain events into live events. Each listener runs after the writing transaction commits, from the
 * event publication registry, so a subscriber never hears of a change that was rolled back, and a listener that fails
 * is retried from the registry. Republishing is harmless: a live event is a notification, and subscribers re-read
 * state. The {@code type} strings are public (subscriptions, Server-Sent Events, webhooks): add, never rename.
 */
@Component
class LiveEventBridge {

    private final LiveEvents live;

    LiveEventBridge(LiveEvents live) {
        this.live = live;
    }

    @ApplicationModuleListener
    void on(BookmarkAdded event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "bookmark.added", Map.of("bookmark", event.bookmark())));
    }

    @ApplicationModuleListener
    void on(BookmarkRemoved event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "bookmark.removed",
                Map.of("bookmark", event.bookmark())));
    }

    @ApplicationModuleListener
    void on(CollectionChanged event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "collection.changed",
                Map.of("collection", event.collection(), "change", event.change())));
    }

    @ApplicationModuleListener
    void on(NoteSaved event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "note.saved", Map.of("note", event.note())));
    }

    @ApplicationModuleListener
    void on(NoteDeleted event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "note.deleted", Map.of("note", event.note())));
    }

    @ApplicationModuleListener
    void on(PreferencesChanged event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "preferences.changed",
                Map.of("group", event.group())));
    }

    @ApplicationModuleListener
    void on(ReadingRecorded event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "reading.recorded",
                Map.of("session", event.session(), "verseKey", event.verseKey())));
    }

    @ApplicationModuleListener
    void on(GoalChanged event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "goal.changed", Map.of()));
    }

    @ApplicationModuleListener
    void on(ActivityRecorded event) {
        live.publish(LiveEvent.of(Topics.sync(event.account()), "activity.recorded", Map.of("date", event.date())));
    }

    @ApplicationModuleListener
    void on(KhatmPlanChanged event) {
        live.publish(LiveEvent.of(Topics.khatm(event.plan()), "khatm.changed",
                Map.of("plan", event.plan(), "change", event.change(), "part", event.part())));
    }

    @ApplicationModuleListener
    void on(ResourceUpdated event) {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("resourceId", event.resourceId());
        data.put("resourceType", event.resourceType().apiName());
        data.put("version", event.version());
        data.put("previousVersion", event.previousVersion());
        data.put("reason", event.reason().apiName());
        if (event.verseKey() != null) {
            data.put("verseKey", event.verseKey());
        }
        live.publish(LiveEvent.of(Topics.CONTENT, "resource.updated", data));
    }

    @ApplicationModuleListener
    void on(ContentImported event) {
        live.publish(LiveEvent.of(Topics.CONTENT, "content.imported",
                Map.of("contentVersion", event.contentVersion())));
    }
}
