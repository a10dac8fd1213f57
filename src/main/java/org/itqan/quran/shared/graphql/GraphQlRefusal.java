package org.itqan.quran.shared.graphql;

import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

/**
 * The answer of an interceptor that refuses a request before graphql-java sees it: one {@code BAD_REQUEST} error
 * with a {@code code} naming the rule, no data, and nothing executed.
 */
final class GraphQlRefusal {

    private GraphQlRefusal() {
    }

    static Mono<WebGraphQlResponse> answer(WebGraphQlRequest request, String message,
            Map<String, Object> extensions) {
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(extensions).build();
        var result = ExecutionResult.newExecutionResult().addError(error).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                result)));
    }
}
