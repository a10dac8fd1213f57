package org.itqan.quran.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS = "id, email, role, display_name, created_at";
    private static final RowMapper<Account> ACCOUNT = (rs, n) -> new Account(rs.getObject(1, UUID.class),
            rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant());

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Account a, String passwordHash, Instant now) {
        jdbc.sql("""
                INSERT INTO accounts (id, email, password_hash, role, display_name, created_at, updated_at)
                VALUES (:id, :email, :hash, :role, :name, :now, :now)""")
                .param("id", a.id()).param("email", a.email()).param("hash", passwordHash)
                .param("role", a.role().name()).param("name", a.displayName()).param("now", Timestamp.from(now))
                .update();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = :email").param("email", email)
                .query(ACCOUNT).optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id").param("id", id).query(ACCOUNT)
                .optional();
    }

    List<Account> list(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(ACCOUNT).list();
    }

    long countByRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = :role").param("role", role.name())
                .query(Long.class).single();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE id = :id").param("id", id).query(String.class)
                .optional();
    }

    Optional<Instant> lockedUntil(UUID id) {
        return jdbc.sql("SELECT locked_until FROM accounts WHERE id = :id AND locked_until IS NOT NULL")
                .param("id", id).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    int incrementFailedLogins(UUID id) {
        jdbc.sql("UPDATE accounts SET failed_logins = failed_logins + 1 WHERE id = :id").param("id", id).update();
        return jdbc.sql("SELECT failed_logins FROM accounts WHERE id = :id").param("id", id).query(Integer.class)
                .optional().orElse(0);
    }

    void lock(UUID id, Instant until) {
        jdbc.sql("UPDATE accounts SET locked_until = :until, failed_logins = 0 WHERE id = :id")
                .param("until", Timestamp.from(until)).param("id", id).update();
    }

    void resetFailedLogins(UUID id) {
        jdbc.sql("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = :id").param("id", id)
                .update();
    }

    void updatePassword(UUID id, String hash, Instant now) {
        jdbc.sql("UPDATE accounts SET password_hash = :hash, updated_at = :now WHERE id = :id").param("hash", hash)
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void updateRole(UUID id, Role role, Instant now) {
        jdbc.sql("UPDATE accounts SET role = :role, updated_at = :now WHERE id = :id").param("role", role.name())
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM accounts WHERE id = :id").param("id", id).update() > 0;
    }
}
