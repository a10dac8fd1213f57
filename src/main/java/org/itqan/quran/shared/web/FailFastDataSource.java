package org.itqan.quran.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Once the pool has failed to give out a connection while it holds none (the database is down, not merely busy),
 * further requests for a connection fail at once for {@link #WINDOW} instead of each waiting the pool's connection
 * timeout. A request touches the database several times (token checks, its transaction, the audit), so without
 * this a write during an outage took 10 s to be told 503; the drill wants it told at once. After the window one
 * round of requests asks the pool again: that is how recovery is noticed, and while the pool holds connections
 * nothing is short-circuited. Installed around the application's pool by {@code DatabaseOutageConfiguration}.
 */
public final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    /** As long as {@code Retry-After} tells clients to wait. */
    static final Duration WINDOW = Duration.ofSeconds(DatabaseUnavailable.RETRY_AFTER_SECONDS);

    private final IntSupplier pooledConnections;
    private final LongSupplier nanoTime;
    private volatile long failedAt;
    private volatile boolean failed;

    /**
     * @param pooledConnections how many connections the pool holds now, or a negative number when it cannot tell
     * @param nanoTime the clock ({@code System::nanoTime}; a test's own in tests)
     */
    public FailFastDataSource(DataSource pool, IntSupplier pooledConnections, LongSupplier nanoTime) {
        super(pool);
        this.pooledConnections = pooledConnections;
        this.nanoTime = nanoTime;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(super::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> super.getConnection(username, password));
    }

    private Connection connect(PoolRequest request) throws SQLException {
        failFastWhileDown();
        try {
            return request.connection();
        } catch (SQLException e) {
            noteFailure(e);
            throw e;
        }
    }

    private interface PoolRequest {
        Connection connection() throws SQLException;
    }

    /** Closes the pool: the context's shutdown calls this on the bean it holds, which is this wrapper. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private void failFastWhileDown() throws SQLTransientConnectionException {
        if (failed && nanoTime.getAsLong() - failedAt < WINDOW.toNanos() && pooledConnections.getAsInt() == 0) {
            // 08001: "unable to establish connection", which every outage handler already answers with 503.
            throw new SQLTransientConnectionException("The database was unreachable moments ago; not waiting for "
                    + "a connection again before " + WINDOW.toSeconds() + " s have passed", "08001");
        }
    }

    private void noteFailure(SQLException e) {
        if (pooledConnections.getAsInt() == 0 && DatabaseUnavailable.causes(e)) {
            failedAt = nanoTime.getAsLong();
            failed = true;
        }
    }
}
