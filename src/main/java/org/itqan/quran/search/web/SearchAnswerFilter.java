package org.itqan.quran.search.web;

import org.itqan.quran.shared.web.PrecomputedAnswerFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Searches are answered without the MVC dispatch (DESIGN.md §3): a valid GET {@code /search} or
 * {@code /search/navigation} gets its bytes from {@link SearchResponses#answer}, repeated ones like static files.
 * The dispatch (handler lookup, binding a dozen parameters, return-value handling) cost as much as writing a 20 KB
 * answer, and a quarter of a search computed afresh.
 */
@Configuration(proxyBeanMethods = false)
class SearchAnswerFilter {

    @Bean
    FilterRegistrationBean<PrecomputedAnswerFilter> searchAnswers(SearchResponses responses) {
        return PrecomputedAnswerFilter.register("search", Ordered.LOWEST_PRECEDENCE - 1, responses::answer,
                "/api/v4/search", "/content/api/v4/search", "/api/v4/search/navigation",
                "/content/api/v4/search/navigation");
    }
}
