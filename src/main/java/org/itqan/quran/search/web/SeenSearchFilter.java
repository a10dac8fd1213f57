package org.itqan.quran.search.web;

import org.itqan.quran.shared.web.PrecomputedAnswerFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Repeated searches are answered like static files (DESIGN.md §3): a GET {@code /search} or
 * {@code /search/navigation} whose request line was answered before gets its bytes from
 * {@link SearchResponses#answerSeen} without the MVC dispatch, which cost about as much as writing a 20 KB answer.
 */
@Configuration(proxyBeanMethods = false)
class SeenSearchFilter {

    @Bean
    FilterRegistrationBean<PrecomputedAnswerFilter> seenSearch(SearchResponses responses) {
        return PrecomputedAnswerFilter.register("seenSearch", Ordered.LOWEST_PRECEDENCE - 1, responses::answerSeen,
                "/api/v4/search", "/content/api/v4/search", "/api/v4/search/navigation",
                "/content/api/v4/search/navigation");
    }
}
