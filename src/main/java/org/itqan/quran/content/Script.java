package org.itqan.quran.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three Tanzil scripts we store. Names follow Quran.com's {@code text_*} fields: {@code imlaei} is Tanzil
 * "Simple" and {@code imlaei_simple} is Tanzil "Simple Clean" (no diacritics).
 */
public enum Script {
    UTHMANI("uthmani", "tanzil/quran-uthmani.xml"),
    IMLAEI("imlaei", "tanzil/quran-simple.xml"),
    IMLAEI_SIMPLE("imlaei_simple", "tanzil/quran-simple-clean.xml");

    private final String apiName;
    private final String sourceFile;

    Script(String apiName, String sourceFile) {
        this.apiName = apiName;
        this.sourceFile = sourceFile;
    }

    public String apiName() {
        return apiName;
    }

    /** The verse field that carries this script, e.g. {@code text_uthmani}. */
    public String field() {
        return "text_" + apiName;
    }

    public String sourceFile() {
        return sourceFile;
    }

    /** The integrity manifest key of this script's stored text. */
    public String manifestKey() {
        return "quran:" + field();
    }

    public static Optional<Script> byApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }
}
