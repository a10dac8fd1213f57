package org.itqan.quran.content.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Builds {@link VerseParams} straight from the query string. Spring's generic data binding would also work, but it
 * constructs the record reflectively on every request, which showed up as the largest cost of a cached verse.
 * springdoc still documents the record's members as query parameters.
 */
@Configuration(proxyBeanMethods = false)
class VerseParamsResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == VerseParams.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return new VerseParams(request.getParameter("language"), request.getParameter("words"),
                request.getParameter("translations"), request.getParameter("tafsirs"), request.getParameter("fields"),
                request.getParameter("word_fields"), request.getParameter("translation_fields"),
                request.getParameter("page"), request.getParameter("per_page"),
                request.getParameter("commercial_only"));
    }
}
