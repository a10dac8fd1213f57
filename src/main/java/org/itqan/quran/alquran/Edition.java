package org.itqan.quran.alquran;

import org.itqan.quran.content.Resource;
import org.itqan.quran.content.Script;
import org.jspecify.annotations.Nullable;

/**
 * An AlQuran Cloud edition: either one of our three Tanzil scripts or a translation/tafsir resource.
 *
 * @param type {@code quran}, {@code translation} or {@code tafsir}, as AlQuran Cloud names them
 */
record Edition(String identifier, String language, String name, String englishName, String type, String direction,
        @Nullable Script script, @Nullable Resource resource) {

    boolean isQuran() {
        return script != null;
    }
}
