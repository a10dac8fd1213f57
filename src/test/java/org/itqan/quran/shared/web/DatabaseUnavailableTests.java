package org.itqan.quran.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are an outage (503, retry later) and which are bugs or conflicts. */
class DatabaseUnavailableTests {

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("timeout",
                new SQLException("Connection is not available", "08001")))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionTheOutageClosedIsAnOutage() {
        // What a write in flight when PostgreSQL stopped surfaced as: the failed rollback, with no SQL state.
        var rollback = new TransactionSystemException("Could not roll back JDBC transaction",
                new SQLException("Connection is closed"));

        assertThat(DatabaseUnavailable.causes(rollback)).isTrue();
    }

    @Test
    void theErrorARollbackHidIsConsidered() {
        var rollback = new TransactionSystemException("Could not roll back JDBC transaction");
        rollback.initApplicationException(new SQLException("terminating connection", "57P01"));

        assertThat(DatabaseUnavailable.causes(rollback)).isTrue();
    }

    @Test
    void conflictsAndConstraintViolationsAreNotOutages() {
        assertThat(DatabaseUnavailable.causes(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
