package org.itqan.quran.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

/** The English and Arabic problem bundles: complete, in step with each other and with the code. */
class ProblemMessagesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:Message\\.of|ProblemMessages\\.text)\\(\\s*\"([a-z0-9.\\-_]+)\"");

    @Test
    void everyKeyExistsInBothLanguagesAndNoneIsOrphaned() throws IOException {
        var english = bundle("problems.properties");
        var arabic = bundle("problems_ar.properties");
        assertThat(arabic.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(arabic.getProperty(key)).as(key)
                .isNotBlank());
    }

    @Test
    void placeholdersMatchBetweenLanguages() throws IOException {
        var english = bundle("problems.properties");
        var arabic = bundle("problems_ar.properties");
        for (var key : english.stringPropertyNames()) {
            assertThat(placeholders(arabic.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void arabicTextsAreArabic() throws IOException {
        var arabic = bundle("problems_ar.properties");
        // titles and whole details must not be English copies; argument words like "juz" are Arabic too
        assertThat(arabic.stringPropertyNames().stream().filter(k -> !k.startsWith("expected."))
                .filter(k -> !arabic.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.ARABIC))
                .filter(k -> !k.equals("detail.correction.conflict")))
                .isEmpty();
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() {
        for (var type : ProblemType.values()) {
            assertThat(ProblemMessages.title(type, ProblemMessages.ENGLISH)).isEqualTo(type.title());
            assertThat(ProblemMessages.title(type, ProblemMessages.ARABIC)).as(type.slug())
                    .isNotEqualTo(type.title());
        }
    }

    @Test
    void everyKeyTheCodeNamesIsBundledAndEveryBundledKeyIsUsed() throws IOException {
        var english = bundle("problems.properties").stringPropertyNames();
        String code;
        try (var files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(ProblemMessagesTests::read)
                    .collect(Collectors.joining("\n"));
        }
        var named = new TreeSet<String>();
        KEY_IN_CODE.matcher(code).results().forEach(m -> named.add(m.group(1)));
        assertThat(english).containsAll(named.stream().filter(k -> !k.endsWith(".")).toList());
        // keys built from a prefix and an enum's API name
        for (var division : org.itqan.quran.content.DivisionType.values()) {
            assertThat(english).contains("division." + division.singular());
        }
        for (var resource : org.itqan.quran.content.ResourceType.values()) {
            assertThat(english).contains("resource-type." + resource.apiName(), "resource-type." + resource.plural());
        }
        for (var status : org.itqan.quran.content.Correction.Status.values()) {
            assertThat(english).contains("correction-status." + status.apiName());
        }
        var dynamic = Pattern.compile("^(title|division|resource-type|correction-status|detail\\.status)\\.");
        assertThat(english.stream().filter(k -> !dynamic.matcher(k).find()).filter(k -> !named.contains(k)))
                .as("bundled keys no code names").isEmpty();
    }

    @Test
    void englishDetailsReadAsBeforeAndArabicIsRenderedOnRequest() {
        var problem = ApiProblem.invalidParameter("limit", "x", Message.of("expected.integer-range", 1, 1000));
        assertThat(problem.getBody().getDetail())
                .isEqualTo("Parameter 'limit' is invalid: got 'x', expected an integer from 1 to 1000");
        assertThat(problem.getBody().getProperties()).containsEntry("expected", "an integer from 1 to 1000");

        problem.localize(ProblemMessages.ARABIC);
        assertThat(problem.getBody().getTitle()).isEqualTo("معامل غير صالح");
        assertThat(problem.getBody().getDetail())
                .isEqualTo("المعامل 'limit' غير صالح: القيمة المستلمة 'x'، والمتوقع عدد صحيح من 1 إلى 1000");
        assertThat(problem.getBody().getType()).isEqualTo(ProblemType.INVALID_PARAMETER.uri());
    }

    @Test
    void aDetailWithoutAKeyStaysEnglishInEveryLanguage() {
        var problem = ApiProblem.of(HttpStatus.CONFLICT, ProblemType.CONFLICT, "Something new, not bundled yet");
        problem.localize(ProblemMessages.ARABIC);
        assertThat(problem.getBody().getDetail()).isEqualTo("Something new, not bundled yet");
        assertThat(problem.getBody().getTitle()).isEqualTo("تعارض");
    }

    @Test
    void choosesTheLanguageParameterOnV4PathsAndAcceptLanguageElsewhere() {
        assertThat(ProblemMessages.locale(request("/api/v4/chapters/115", "ar", null))).isEqualTo(ProblemMessages.ARABIC);
        assertThat(ProblemMessages.locale(request("/api/v4/chapters/115", "en", "ar"))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.locale(request("/api/v4/chapters/115", "fr", "ar"))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.locale(request("/api/v4/chapters/115", null, "ar-SA"))).isEqualTo(ProblemMessages.ARABIC);
        // elsewhere language is not ours to read (search filters by it): Accept-Language decides
        assertThat(ProblemMessages.locale(request("/v1/surah/115", "en", "ar"))).isEqualTo(ProblemMessages.ARABIC);
        assertThat(ProblemMessages.locale(request("/auth/v1/bookmarks", null, null))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void weighsAcceptLanguageAndFallsBackToEnglish() {
        assertThat(ProblemMessages.fromAcceptLanguage("fr, ar;q=0.5, en;q=0.4")).isEqualTo(ProblemMessages.ARABIC);
        assertThat(ProblemMessages.fromAcceptLanguage("en-GB, ar;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.fromAcceptLanguage("fr, de")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.fromAcceptLanguage("*")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.fromAcceptLanguage(";;q=x,,")).isEqualTo(Locale.ENGLISH);
    }

    private static MockHttpServletRequest request(String path, String language, String acceptLanguage) {
        var request = new MockHttpServletRequest("GET", path);
        if (language != null) {
            request.setParameter("language", language);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }

    private static TreeSet<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = ProblemMessagesTests.class.getResourceAsStream("/messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
