package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * While the database is down, a request for a connection is refused at once instead of waiting the pool's timeout;
 * a pool that still holds connections (busy, not down) is never short-circuited, and recovery is noticed after the
 * window. Time is a test clock: nothing here waits.
 */
class FailFastDataSourceTests {

    final AtomicLong clock = new AtomicLong(1_000_000_000L);
    final AtomicInteger pooled = new AtomicInteger();
    final Pool pool = new Pool();
    final FailFastDataSource dataSource = new FailFastDataSource(pool, pooled::get, clock::get);

    @Test
    void refusesAtOnceAfterThePoolFailedWhileHoldingNoConnection() {
        pool.down = true;
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("timed out");
        assertThat(pool.asked).hasValue(1);

        clock.addAndGet(FailFastDataSource.WINDOW.toNanos() - 1);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("unreachable moments ago")
                .satisfies(e -> assertThat(DatabaseUnavailable.causes(e)).as("answered 503").isTrue());
        assertThat(pool.asked).as("the pool was not asked again").hasValue(1);
    }

    @Test
    void asksThePoolAgainAfterTheWindowAndServesOnceTheDatabaseIsBack() throws SQLException {
        pool.down = true;
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
        clock.addAndGet(FailFastDataSource.WINDOW.toNanos());
        pool.down = false;
        assertThat(dataSource.getConnection()).isNull(); // the stand-in pool's connection
        assertThat(pool.asked).hasValue(2);
    }

    @Test
    void neverShortCircuitsAPoolThatHoldsConnections() {
        pool.down = true;
        pooled.set(10); // busy: every connection in use, the request timed out waiting for one
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("timed out");
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("timed out");
        assertThat(pool.asked).hasValue(2);
    }

    @Test
    void aFailureThatIsNotAnOutageDoesNotTrip() {
        pool.error = new SQLException("syntax error", "42601");
        assertThatThrownBy(dataSource::getConnection).hasMessage("syntax error");
        assertThatThrownBy(dataSource::getConnection).hasMessage("syntax error");
        assertThat(pool.asked).hasValue(2);
    }

    /** Stands in for Hikari: fails the way it does when no connection can be made, or hands out nothing. */
    static final class Pool extends AbstractDataSource {
        final AtomicInteger asked = new AtomicInteger();
        volatile boolean down;
        volatile SQLException error;

        @Override
        public Connection getConnection() throws SQLException {
            asked.incrementAndGet();
            if (error != null) {
                throw error;
            }
            if (down) {
                throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request "
                        + "timed out after 2500ms", "08001");
            }
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
