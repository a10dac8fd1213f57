package org.itqan.quran.userdata;

import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one user write as a single transaction that commits the row change, its sync mutation, its domain event
 * (event publication registry) and, when the client sent an {@code Idempotency-Key}, the idempotency record holding
 * the rendered response. A retry with the same key and the same request therefore gets the stored response and
 * changes nothing; the same key with a different request is refused with 422. Failed requests store nothing, so they
 * may be retried with the same key.
 */
@Service
public class UserWrites {

    /** A rendered response: status and JSON body; {@code replayed} when it came from the idempotency record. */
    public record Reply(int status, String body, boolean replayed) {

        public static Reply of(int status, String body) {
            return new Reply(status, body, false);
        }
    }

    private final TransactionTemplate transactions;
    private final SyncLog log;
    private final JdbcClient jdbc;

    UserWrites(TransactionTemplate transactions, SyncLog log, JdbcClient jdbc) {
        this.transactions = transactions;
        this.log = log;
        this.jdbc = jdbc;
    }

    public Reply execute(UUID account, @Nullable String key, String requestHash, Supplier<Reply> work) {
        var reply = transactions.execute(status -> {
            // The account lock makes a concurrent duplicate wait here and then find the first one's record.
            log.lock(account);
            if (key != null) {
                var stored = jdbc.sql("SELECT request_hash, status, body FROM ud_idempotency "
                        + "WHERE account = ? AND idem_key = ?").params(account, key)
                        .query((rs, n) -> new Object[] {rs.getString(1).trim(), rs.getInt(2), rs.getString(3)})
                        .optional();
                if (stored.isPresent()) {
                    if (!stored.get()[0].equals(requestHash)) {
                        throw new UserDataException(422, "idempotency_key_reused",
                                "This Idempotency-Key was used for a different request", null);
                    }
                    return new Reply((Integer) stored.get()[1], (String) stored.get()[2], true);
                }
            }
            var done = work.get();
            if (key != null) {
                jdbc.sql("INSERT INTO ud_idempotency (account, idem_key, request_hash, status, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                        .params(account, key, requestHash, done.status(), done.body(), Clocks.now()).update();
            }
            return done;
        });
        if (reply == null) {
            throw new IllegalStateException("transaction returned no reply");
        }
        return reply;
    }
}
