package org.itqan.quran.search.web;

import org.itqan.quran.shared.Message;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Tomcat reports a query string that is not valid UTF-8 (e.g. {@code q=%FF%FE}) by throwing when the parameter is
 * read; without this it would surface as a 500. Scoped to the search controllers; a candidate for the shared
 * advice.
 */
@RestControllerAdvice(assignableTypes = {SearchController.class, VerifyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

    @ExceptionHandler(InvalidParameterException.class)
    ApiProblem invalidEncoding(InvalidParameterException e) {
        return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_QUERY,
                Message.of("detail.search.not-utf8"));
    }
}
