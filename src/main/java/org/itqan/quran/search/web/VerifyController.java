package org.itqan.quran.search.web;

import java.util.Map;

import org.itqan.quran.shared.Message;
import org.itqan.quran.search.VerseSearch;
import org.itqan.quran.shared.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Our addition beside v4: {@code POST /verify} checks a quote against the Quran. */
@RestController
@RequestMapping({"/api/v4", "/content/api/v4"})
@Tag(name = "Search")
class VerifyController {

    record VerifyRequest(@Nullable String text) {
    }

    private final VerseSearch search;

    VerifyController(VerseSearch search) {
        this.search = search;
    }

    @Operation(summary = "Verify a quote of the Quran", description = """
            Body `{"text": "..."}`: at most 5000 characters of Arabic, one or several verses, with or without \
            diacritics; verse numbers, brackets and punctuation are ignored. `status` is `exact` (found with its \
            diacritics, in the Uthmani or Imlaei script), `normalized` (found once spelling and diacritics are \
            normalised), `near_miss` (`closest` gives the nearest passage and a word diff: changed, missing, \
            added, reordered) or `not_found`. `occurrences` lists every place (verse keys and word ranges).""")
    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> verify(@RequestBody VerifyRequest request) {
        var text = request.text();
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalidParameter("text", text == null ? "" : text, Message.of("expected.non-empty-arabic"));
        }
        return SearchJson.verification(search.verify(text));
    }
}
