package org.itqan.quran.shared.web;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells HikariCP to drop a pooled connection whenever its error says the database went away
 * ({@link DatabaseUnavailable#causes}). Hikari evicts on SQL states 08xxx and a few vendor codes, which covers
 * PostgreSQL; H2's "Database is already closed" (90121) is not among them, so after an H2 server restart the pool
 * kept handing out dead connections and the node never recovered. Configured by
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException error) {
        return DatabaseUnavailable.causes(error) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
