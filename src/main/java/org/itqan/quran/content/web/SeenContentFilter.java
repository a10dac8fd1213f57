package org.itqan.quran.content.web;

import org.itqan.quran.content.ImmutableResponses;
import org.itqan.quran.shared.web.PrecomputedAnswerFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The static-file path for content (DESIGN.md §3): a GET whose request line was answered before is answered from
 * its precomputed bytes by {@link ImmutableResponses#answerSeen} before the MVC dispatch. It is the last filter, so
 * request ids, metrics, the security chain (authentication, scopes) and the rate limiter have all run.
 */
@Configuration(proxyBeanMethods = false)
class SeenContentFilter {

    @Bean
    FilterRegistrationBean<PrecomputedAnswerFilter> seenContent(ImmutableResponses responses) {
        return PrecomputedAnswerFilter.register("seenContent", Ordered.LOWEST_PRECEDENCE, responses::answerSeen,
                "/*");
    }
}
