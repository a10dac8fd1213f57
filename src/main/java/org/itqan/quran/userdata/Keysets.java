package org.itqan.quran.userdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keyset pagination over {@code seq}: one query that fetches one row more than asked, to know if more exist. */
final class Keysets {

    private Keysets() {
    }

    /** {@code where} is a WHERE clause body with named parameters; it must not mention {@code seq}. */
    static <T> Slice<T> page(JdbcClient jdbc, String table, String columns, String where, Map<String, ?> params,
            Keyset keyset, RowMapper<T> mapper, ToLongFunction<T> seqOf) {
        return page(jdbc, table, "seq", columns, where, params, keyset, mapper, seqOf);
    }

    static <T> Slice<T> page(JdbcClient jdbc, String table, String seq, String columns, String where,
            Map<String, ?> params, Keyset keyset, RowMapper<T> mapper, ToLongFunction<T> seqOf) {
        var sql = new StringBuilder("SELECT ").append(columns).append(" FROM ").append(table).append(" WHERE ")
                .append(where);
        if (keyset.after() != null) {
            sql.append(" AND " + seq + " > :after");
        }
        if (keyset.before() != null) {
            sql.append(" AND " + seq + " < :before");
        }
        sql.append(keyset.backward() ? " ORDER BY " + seq + " DESC" : " ORDER BY " + seq).append(" LIMIT :limit");
        var statement = jdbc.sql(sql.toString()).params(params).param("limit", keyset.limit() + 1);
        if (keyset.after() != null) {
            statement = statement.param("after", keyset.after());
        }
        if (keyset.before() != null) {
            statement = statement.param("before", keyset.before());
        }
        var rows = new ArrayList<>(statement.query(mapper).list());
        boolean more = rows.size() > keyset.limit();
        if (more) {
            rows.removeLast();
        }
        if (keyset.backward()) {
            Collections.reverse(rows);
            return new Slice<>(List.copyOf(rows), keyset.before() != null, more, seqOf);
        }
        return new Slice<>(List.copyOf(rows), more, keyset.after() != null, seqOf);
    }
}
