package org.itqan.quran.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.itqan.quran.content.Chapter;
import org.itqan.quran.content.ContentCatalog;
import org.itqan.quran.content.DivisionType;
import org.itqan.quran.search.Navigation;
import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.VerseKey;
import org.springframework.stereotype.Component;

/**
 * Resolves navigational queries, as Quran.com's quick search does: {@code 2:255}, {@code 2:255-257}, {@code 36},
 * {@code page 50}, {@code juz 30}, {@code hizb 5}, and chapter names ({@code البقرة}, {@code al-baqara},
 * {@code Yaseen}). Anything it cannot resolve yields no navigation, never an error.
 */
@Component
public class Navigator {

    private static final Pattern VERSE = Pattern.compile("(\\d{1,3})\\s*:\\s*(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?");
    private static final Pattern DIVISION = Pattern.compile(
            "(page|p|juz|juzz|para|hizb|صفحة|الصفحة|جزء|الجزء|حزب|الحزب)\\s*(\\d{1,3})");
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("(?:surah|sura|chapter|سورة)?\\s*(\\d{1,3})");
    private static final int MAX_RESULTS = 5;

    private final ContentCatalog catalog;

    Navigator(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    public List<Navigation> resolve(String query) {
        var text = query.strip().toLowerCase(Locale.ROOT);
        // A navigational query is short: a key, a division, or a chapter name of at most three words.
        if (text.isEmpty() || text.length() > 40 || text.split("\\s+").length > 3) {
            return List.of();
        }
        var verse = VERSE.matcher(text);
        if (verse.matches()) {
            return verses(Integer.parseInt(verse.group(1)), Integer.parseInt(verse.group(2)),
                    verse.group(3) == null ? null : Integer.parseInt(verse.group(3)));
        }
        var division = DIVISION.matcher(text);
        if (division.matches()) {
            return division(division.group(1), Integer.parseInt(division.group(2)));
        }
        var number = CHAPTER_NUMBER.matcher(text);
        if (number.matches()) {
            int chapter = Integer.parseInt(number.group(1));
            return Mushaf.isChapter(chapter) ? List.of(chapter(catalog.chapter(chapter))) : List.of();
        }
        var results = new ArrayList<Navigation>();
        for (var match : ChapterNames.match(catalog.chapters(), text)) {
            if (results.size() < MAX_RESULTS && (results.isEmpty() || match.distance() <= 1)) {
                results.add(chapter(match.chapter()));
            }
        }
        return results;
    }

    private List<Navigation> verses(int chapter, int first, Integer last) {
        if (!Mushaf.isChapter(chapter) || first < 1 || first > Mushaf.verseCount(chapter)) {
            return List.of();
        }
        int end = last == null ? first : Math.min(Math.max(last, first), Mushaf.verseCount(chapter));
        var name = catalog.chapter(chapter).nameSimple();
        var key = chapter + ":" + first + (end == first ? "" : "-" + end);
        return List.of(new Navigation(end == first ? "verse" : "range", key, name + " " + key,
                new VerseKey(chapter, first), new VerseKey(chapter, end)));
    }

    private List<Navigation> division(String word, int number) {
        var type = switch (word) {
            case "page", "p", "صفحة", "الصفحة" -> DivisionType.PAGE;
            case "hizb", "حزب", "الحزب" -> DivisionType.HIZB;
            default -> DivisionType.JUZ;
        };
        if (number < 1 || number > type.count()) {
            return List.of();
        }
        var division = catalog.division(type, number);
        var singular = type.singular();
        return List.of(new Navigation(singular, singular + ":" + number,
                Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + " " + number,
                VerseKey.ofId(division.firstVerseId()), VerseKey.ofId(division.lastVerseId())));
    }

    private static Navigation chapter(Chapter chapter) {
        return new Navigation("chapter", String.valueOf(chapter.id()),
                chapter.nameSimple() + " (" + chapter.nameArabic() + ")", new VerseKey(chapter.id(), 1),
                new VerseKey(chapter.id(), chapter.versesCount()));
    }
}
