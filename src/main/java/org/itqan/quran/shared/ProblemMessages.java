package org.itqan.quran.shared;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages errors are served in and the bundles that hold their texts ({@code messages/problems.properties},
 * English, and {@code problems_ar.properties}, Arabic). The language is the {@code language} parameter on the
 * Quran.com v4 paths (which take one), otherwise the best of {@code Accept-Language}; anything else is English, as
 * the v4 API falls back to English. A key missing from the Arabic bundle falls back to the English one, and a key
 * missing from both to the English text the code supplied, so a problem added without a key still renders.
 */
public final class ProblemMessages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, ARABIC);
    public static final String BUNDLE = "messages/problems";

    private static final ResourceBundleMessageSource SOURCE = build();

    private ProblemMessages() {
    }

    /** Spring's message source over the bundles; shared by every rendering, including filters outside MVC. */
    public static ResourceBundleMessageSource source() {
        return SOURCE;
    }

    private static ResourceBundleMessageSource build() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // the JVM's locale must not decide which bundle a client gets
        source.setFallbackToSystemLocale(false);
        // one quoting rule for every message ('' is a quote), with or without arguments
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** The text of a key in a language; message arguments are rendered in the same language. */
    public static String text(String key, Object[] args, String fallback, Locale locale) {
        var rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // strings, not numbers: MessageFormat would print 1000 as "1,000" or in Arabic-Indic digits
            rendered[i] = args[i] instanceof Message m ? m.in(locale) : String.valueOf(args[i]);
        }
        var text = SOURCE.getMessage(key, rendered, null, locale);
        return text == null ? fallback : text;
    }

    /** The title of a problem type in a language; a type without a bundled title keeps its English one. */
    public static String title(ProblemType type, Locale locale) {
        var text = SOURCE.getMessage("title." + type.slug(), null, null, locale);
        return text == null ? type.title() : text;
    }

    /** The language of the errors of this request: see the class comment. */
    public static Locale locale(HttpServletRequest request) {
        var uri = request.getRequestURI();
        if (uri != null && (uri.startsWith("/api/v4/") || uri.startsWith("/content/api/v4/"))) {
            var language = request.getParameter("language");
            if (language != null && !language.isBlank()) {
                return of(language);
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** A language code (ar, ar-SA, en...) as one of the served locales; unknown codes are English. */
    public static Locale of(String language) {
        var code = language.strip().toLowerCase(Locale.ROOT);
        return code.equals("ar") || code.startsWith("ar-") || code.startsWith("ar_") ? ARABIC : ENGLISH;
    }

    /** The best served language of an {@code Accept-Language} header, weights respected; English otherwise. */
    public static Locale fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }
}
