package org.itqan.quran.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database outage (down, restarting, unreachable, pool exhausted, a query cut off) from a bug. An outage is
 * answered 503 {@code service-unavailable} with {@code Retry-After}, never 500: the request was fine, the client
 * should simply retry, and content that is cached keeps being served meanwhile. Every error handler of the API
 * (the shared problem advice, the compatibility layers' advices, and the filter that catches what escapes the
 * security layer) asks {@link #causes(Throwable)}.
 */
public final class DatabaseUnavailable {

    /** What {@code Retry-After} says: about as long as a PostgreSQL restart or a failover takes. */
    public static final long RETRY_AFTER_SECONDS = 5;
    public static final String DETAIL = "The database is unavailable right now (restarting or unreachable); cached "
            + "content is still served. Retry this request after " + RETRY_AFTER_SECONDS + " seconds.";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final long WARN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private static final AtomicLong suppressed = new AtomicLong();
    private static volatile long warnedAt = System.nanoTime() - WARN_EVERY_NANOS;

    private DatabaseUnavailable() {
    }

    /** Whether {@code error}, or anything in its cause chain, says the database cannot be reached right now. */
    public static boolean causes(@Nullable Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return false; // a conflict between writes, not an outage
            }
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A transaction open when the database went away: its rollback fails on the closed connection and hides
            // the original error, so look at both.
            if (cause instanceof TransactionSystemException tx && causes(tx.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && closed(sql)) {
                return true;
            }
            // PostgreSQL: class 08 is "connection exception", 57P0x "operator intervention" (shutdown, restart).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** HikariCP's and PgJDBC's words for a connection an outage closed, which they raise without an SQL state. */
    private static boolean closed(SQLException sql) {
        var message = sql.getMessage();
        return message != null && (message.contains("Connection is closed")
                || message.contains("This connection has been closed"));
    }

    /** One warning per outage burst (at most every 10 s, with the count of the others): an outage is not a bug. */
    public static void log(String what, Throwable error) {
        var now = System.nanoTime();
        if (now - warnedAt >= WARN_EVERY_NANOS) {
            warnedAt = now;
            log.warn("Database unavailable serving {} ({} more since the last warning): {}", what,
                    suppressed.getAndSet(0), rootMessage(error));
        } else {
            suppressed.incrementAndGet();
        }
    }

    private static String rootMessage(Throwable error) {
        var root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
