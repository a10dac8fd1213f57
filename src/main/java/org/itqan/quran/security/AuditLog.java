package org.itqan.quran.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.itqan.quran.accounts.AccountRoleChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The security audit log: sign-ins (success and failure), client and key changes, revocations and role changes.
 * Identifiers only; never passwords, secrets or tokens. Bearer-token checks on ordinary API calls are not sign-ins
 * and are not logged here (they would drown the log).
 */
@Component
public class AuditLog {

    enum Outcome { SUCCESS, FAILURE }

    public record Entry(long id, Instant occurredAt, String type, @Nullable String actor, @Nullable String subject,
            @Nullable String remoteIp, String outcome, @Nullable String details) {
    }

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String type, @Nullable String actor, @Nullable String subject, Outcome outcome,
            @Nullable String details) {
        jdbc.sql("""
                INSERT INTO audit_events (occurred_at, event_type, actor, subject, remote_ip, outcome, details)
                VALUES (:at, :type, :actor, :subject, :ip, :outcome, :details)""")
                .param("at", Timestamp.from(clock.instant())).param("type", type).param("actor", clip(actor))
                .param("subject", clip(subject)).param("ip", CurrentRequest.remoteAddress())
                .param("outcome", outcome.name())
                .param("details", details == null ? null : details.length() > 1000 ? details.substring(0, 1000)
                        : details)
                .update();
    }

    public List<Entry> recent(@Nullable String type, int limit) {
        var sql = "SELECT id, occurred_at, event_type, actor, subject, remote_ip, outcome, details FROM audit_events"
                + (type == null ? "" : " WHERE event_type = :type") + " ORDER BY id DESC LIMIT :limit";
        var spec = jdbc.sql(sql).param("limit", limit);
        if (type != null) {
            spec = spec.param("type", type);
        }
        return spec.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (authentication instanceof JwtAuthenticationToken) {
            return;
        }
        record("LOGIN", authentication.getName(), null, Outcome.SUCCESS,
                authentication.getClass().getSimpleName());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        if (authentication instanceof BearerTokenAuthenticationToken) {
            // An invalid token on an API call is answered 401 and rate-limited, not written to the database.
            return;
        }
        record("LOGIN", authentication.getName(), null, Outcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(AccountRoleChanged event) {
        record("ROLE_CHANGED", event.changedBy(), event.account().toString(), Outcome.SUCCESS,
                event.from() + " -> " + event.to());
    }

    static Map<String, Object> json(Entry e) {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("id", e.id());
        json.put("occurred_at", e.occurredAt().toString());
        json.put("type", e.type());
        json.put("actor", e.actor());
        json.put("subject", e.subject());
        json.put("remote_ip", e.remoteIp());
        json.put("outcome", e.outcome());
        json.put("details", e.details());
        return json;
    }


    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= 254 ? value : value.substring(0, 254);
    }
}
