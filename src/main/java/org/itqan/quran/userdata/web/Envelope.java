package org.itqan.quran.userdata.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.itqan.quran.userdata.Slice;
import org.jspecify.annotations.Nullable;

/**
 * The Quran Foundation user-API envelope: {@code {"success":true,"data":...}} and, for lists,
 * {@code "pagination":{"startCursor","endCursor","hasNextPage","hasPreviousPage"}}.
 */
final class Envelope {

    private Envelope() {
    }

    static Map<String, Object> ok(@Nullable Object data) {
        var json = new LinkedHashMap<String, Object>();
        json.put("success", true);
        json.put("data", data);
        return json;
    }

    static <T> Map<String, Object> page(Slice<T> slice, Function<T, Object> presenter, Cursors cursors, UUID account,
            String list) {
        var json = ok(slice.items().stream().map(presenter).toList());
        var pagination = new LinkedHashMap<String, Object>();
        List<T> items = slice.items();
        pagination.put("startCursor", items.isEmpty() ? null
                : cursors.encode(account, list, slice.seqOf().applyAsLong(items.getFirst())));
        pagination.put("endCursor", items.isEmpty() ? null
                : cursors.encode(account, list, slice.seqOf().applyAsLong(items.getLast())));
        pagination.put("hasNextPage", slice.hasNext());
        pagination.put("hasPreviousPage", slice.hasPrevious());
        json.put("pagination", pagination);
        return json;
    }
}
