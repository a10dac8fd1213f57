package org.itqan.quran.userdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.itqan.quran.shared.UnicodeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preferences as group, key and a JSON value (stored as its JSON text), in the QF preference groups. A bulk write
 * sets many keys of many groups in one transaction.
 */
@Service
public class PreferenceManagement {

    public static final Set<String> GROUPS = Set.of("theme", "language", "reading", "quranReaderStyles",
            "translations", "tafsirs", "audio", "userHistory");
    public static final int MAX_VALUE = 2000;
    private final JdbcClient jdbc;
    private final SyncLog log;
    private final ApplicationEventPublisher events;

    PreferenceManagement(JdbcClient jdbc, SyncLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.log = log;
        this.events = events;
    }

    /** Group to key to JSON text. */
    public Map<String, Map<String, String>> all(UUID account) {
        var result = new TreeMap<String, Map<String, String>>();
        jdbc.sql("SELECT pref_group, pref_key, pref_value FROM ud_preferences WHERE account = ? ORDER BY pref_key")
                .param(account).query(rs -> {
                    result.computeIfAbsent(rs.getString(1), g -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                });
        return result;
    }

    /** Writes every key of every group given; values are JSON texts already validated by the caller. */
    @Transactional
    public void write(UUID account, Map<String, Map<String, String>> groups) {
        // everything is checked before the account is locked: a refused write waits for no other
        groups.forEach(PreferenceManagement::check);
        log.lock(account);
        var now = Clocks.now();
        groups.forEach((group, values) -> {
            values.forEach((key, value) -> {
                if (jdbc.sql("UPDATE ud_preferences SET pref_value = ?, updated_at = ? WHERE account = ? "
                        + "AND pref_group = ? AND pref_key = ?").params(value, now, account, group, key).update() == 0) {
                    jdbc.sql("INSERT INTO ud_preferences (account, pref_group, pref_key, pref_value, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)").params(account, group, key, value, now).update();
                }
            });
            events.publishEvent(new PreferencesChanged(account, group));
        });
    }

    private static void check(String group, Map<String, String> values) {
        if (!GROUPS.contains(group)) {
            throw UserDataException.invalid("group", "group must be one of " + new java.util.TreeSet<>(GROUPS));
        }
        if (values.isEmpty() || values.size() > 50) {
            throw UserDataException.invalid(group, "a group write holds 1 to 50 keys");
        }
        values.forEach((key, value) -> {
            if (!key.matches("[A-Za-z][A-Za-z0-9_.]{0,59}")) {
                throw UserDataException.invalid("key", "key must be 1 to 60 letters, digits, '_' or '.'");
            }
            if (value.length() > MAX_VALUE) {
                throw UserDataException.invalid(key, "a value must be at most " + MAX_VALUE + " characters of JSON");
            }
            // the stored JSON text is answered as it is: it must be Unicode text to be written as UTF-8
            if (!UnicodeText.isWellFormed(value)) {
                throw UserDataException.notUnicode(key);
            }
        });
    }
}
