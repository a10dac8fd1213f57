package org.itqan.quran.userdata;

import org.itqan.quran.accounts.AccountDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted account's data. It runs after the deletion commits, in its own transaction, from the event
 * publication registry, so a crash before it finishes leaves an incomplete publication that is retried. Every step is
 * a delete or an anonymising update, so running it twice is harmless. Khatm memberships are kept without the account,
 * so the group's progress stays whole.
 */
@Component
class UserDataErasure {

    private static final Logger log = LoggerFactory.getLogger(UserDataErasure.class);
    private static final String[] TABLES = {"ud_collection_bookmarks", "ud_note_ranges", "ud_notes", "ud_bookmarks",
        "ud_collections", "ud_reading_sessions", "ud_activity_days", "ud_goals", "ud_preferences"};
    private final JdbcClient jdbc;
    private final SyncLog sync;
    private final KhatmPlans khatm;
    private final ApplicationEventPublisher events;

    UserDataErasure(JdbcClient jdbc, SyncLog sync, KhatmPlans khatm, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sync = sync;
        this.khatm = khatm;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AccountDeleted event) {
        var account = event.account();
        for (var table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE account = ?").param(account).update();
        }
        sync.erase(account);
        khatm.anonymise(account);
        events.publishEvent(new UserDataErased(account));
        log.info("Erased user data of deleted account {}", account);
    }
}
