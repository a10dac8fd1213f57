package org.itqan.quran.userdata;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The multi-device sync of the Quran Foundation user API. A device pulls the mutations after the timestamp it last
 * applied, and pushes its offline changes together with the {@code lastMutationAt} it pulled. When another device
 * wrote in between, the push is refused as a whole with 409 {@code out_of_sync} carrying the current
 * {@code lastMutationAt}: the device pulls, merges and pushes again. Nothing acknowledged is ever overwritten.
 */
@Service
public class SyncManagement {

    /** Resources the sync log covers, as QF names them. */
    public static final List<String> RESOURCES = List.of("BOOKMARK", "COLLECTION", "COLLECTION_BOOKMARK", "NOTE");
    public static final int MAX_PAGE = 1000;
    private final SyncLog log;

    SyncManagement(SyncLog log) {
        this.log = log;
    }

    /** A page of mutations and the timestamp to pull from next ({@code lastMutationAt}). */
    public record Pulled(List<Mutation> mutations, long lastMutationAt, boolean hasMore) {
    }

    @Transactional(readOnly = true)
    public Pulled pull(UUID account, long since, int limit, List<String> resources) {
        var mutations = log.since(account, since, limit + 1, resources);
        boolean more = mutations.size() > limit;
        var page = more ? mutations.subList(0, limit) : mutations;
        long last = page.isEmpty() ? Math.max(since, log.head(account)) : page.getLast().timestamp();
        return new Pulled(List.copyOf(page), more ? last : Math.max(last, log.head(account)), more);
    }

    /**
     * Locks the account and checks that no mutation happened after {@code lastMutationAt}. Call inside the push's
     * transaction, before applying its mutations.
     *
     * @throws UserDataException 409 {@code out_of_sync} with the current {@code lastMutationAt}
     */
    @Transactional
    public void expectHead(UUID account, long lastMutationAt) {
        long head = log.lock(account);
        if (head != lastMutationAt) {
            throw new UserDataException(409, "out_of_sync", "Another device changed this account's data after "
                    + lastMutationAt + "; pull the mutations since then, merge, and push again",
                    Map.of("lastMutationAt", head));
        }
    }

    public long head(UUID account) {
        return log.head(account);
    }
}
