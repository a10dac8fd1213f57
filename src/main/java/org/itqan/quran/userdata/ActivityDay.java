package org.itqan.quran.userdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What an account read on one day of its calendar: seconds and the merged verse ranges. */
public record ActivityDay(LocalDate date, int seconds, List<VerseRange> ranges) {

    public int verses() {
        return ranges.stream().mapToInt(r -> r.to().id() - r.from().id() + 1).sum();
    }

    public Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("date", date.toString());
        json.put("secondsRead", seconds);
        json.put("versesRead", verses());
        json.put("ranges", ranges.stream().map(VerseRange::toString).toList());
        return json;
    }

    /** Union of two range lists as sorted, non-overlapping, non-adjacent ranges. */
    static List<VerseRange> merge(List<VerseRange> a, List<VerseRange> b) {
        var all = new ArrayList<VerseRange>(a);
        all.addAll(b);
        all.sort(Comparator.comparing(VerseRange::from));
        var merged = new ArrayList<VerseRange>();
        for (var range : all) {
            if (!merged.isEmpty() && range.from().id() <= merged.getLast().to().id() + 1) {
                var last = merged.removeLast();
                merged.add(VerseRange.of(last.from().id(), Math.max(last.to().id(), range.to().id())));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    static String store(List<VerseRange> ranges) {
        return ranges.stream().map(r -> r.from().id() + "-" + r.to().id()).collect(Collectors.joining(","));
    }

    static List<VerseRange> load(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        var ranges = new ArrayList<VerseRange>();
        for (var part : stored.split(",")) {
            var ids = part.split("-");
            ranges.add(VerseRange.of(Integer.parseInt(ids[0]), Integer.parseInt(ids[1])));
        }
        return ranges;
    }
}
