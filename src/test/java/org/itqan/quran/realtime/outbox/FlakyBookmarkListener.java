package org.itqan.quran.realtime.outbox;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.itqan.quran.userdata.BookmarkAdded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener for the outbox tests that breaks the way a consumer does: for an account in {@link #FAILURES} it
 * throws that many times (Integer.MAX_VALUE: always), then succeeds; it records what it handled. Other accounts'
 * bookmarks pass through untouched, so it is harmless in every other test's context.
 */
@Component
class FlakyBookmarkListener {

    static final Map<UUID, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    static final Set<UUID> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(BookmarkAdded event) {
        var left = FAILURES.get(event.account());
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("simulated consumer failure for account " + event.account());
        }
        HANDLED.add(event.bookmark());
    }
}
