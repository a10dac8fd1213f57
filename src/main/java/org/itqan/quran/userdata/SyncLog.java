package org.itqan.quran.userdata;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The per-account mutation log behind {@code /auth/v1/sync}. Timestamps are milliseconds, strictly increasing per
 * account (a mutation in the same millisecond as the previous one gets the next millisecond), so
 * {@code mutationsSince} never skips or repeats a mutation.
 */
@Component
class SyncLog {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    SyncLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the account's head row for the rest of the transaction and returns the latest mutation timestamp.
     * Every write of the account takes this lock first, so its writes are serialised (the basis of idempotency and of
     * the optimistic {@code lastMutationAt} check) while other accounts proceed in parallel.
     */
    long lock(UUID account) {
        jdbc.sql("INSERT INTO ud_sync_heads (account, last_mutation_at) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .param(account).update();
        return jdbc.sql("SELECT last_mutation_at FROM ud_sync_heads WHERE account = ? FOR UPDATE").param(account)
                .query(Long.class).single();
    }

    long head(UUID account) {
        return jdbc.sql("SELECT last_mutation_at FROM ud_sync_heads WHERE account = ?").param(account)
                .query(Long.class).optional().orElse(0L);
    }

    /** Appends a mutation; the caller holds the lock. Returns its timestamp. */
    long record(UUID account, String resource, @Nullable String resourceId, String type, @Nullable Object data) {
        jdbc.sql("UPDATE ud_sync_heads SET last_mutation_at = GREATEST(last_mutation_at + 1, ?) WHERE account = ?")
                .params(System.currentTimeMillis(), account).update();
        long at = head(account);
        jdbc.sql("INSERT INTO ud_mutations (account, resource, resource_id, mutation, data, mutated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(account, resource, resourceId, type, data == null ? null : JSON.writeValueAsString(data), at)
                .update();
        return at;
    }

    /** Ordered by (account, mutated_at), the index order, so H2 reads rows in order instead of sorting them all. */
    List<Mutation> since(UUID account, long since, int limit, List<String> resources) {
        return jdbc.sql("SELECT resource, resource_id, mutation, data, mutated_at FROM ud_mutations "
                + "WHERE account = :account AND mutated_at > :since AND resource IN (:resources) "
                + "ORDER BY account, mutated_at LIMIT :limit")
                .param("account", account).param("since", since).param("resources", resources)
                .param("limit", limit)
                .query((rs, n) -> new Mutation(rs.getString("mutation"), rs.getString("resource"),
                        rs.getString("resource_id"),
                        rs.getString("data"),
                        rs.getLong("mutated_at")))
                .list();
    }

    void erase(UUID account) {
        jdbc.sql("DELETE FROM ud_mutations WHERE account = ?").param(account).update();
        jdbc.sql("DELETE FROM ud_idempotency WHERE account = ?").param(account).update();
        jdbc.sql("DELETE FROM ud_sync_heads WHERE account = ?").param(account).update();
    }
}
