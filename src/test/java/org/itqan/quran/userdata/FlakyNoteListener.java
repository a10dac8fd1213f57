package org.itqan.quran.userdata;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for the outbox test: it fails for the notes it is told to fail on, as a crashed or broken consumer
 * would, and records the notes it handled. Other tests' notes pass through untouched.
 */
@Component
class FlakyNoteListener {

    static final Set<UUID> FAIL = ConcurrentHashMap.newKeySet();
    static final Set<UUID> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(NoteSaved event) {
        if (FAIL.contains(event.note())) {
            throw new IllegalStateException("simulated consumer failure for note " + event.note());
        }
        HANDLED.add(event.note());
    }
}
