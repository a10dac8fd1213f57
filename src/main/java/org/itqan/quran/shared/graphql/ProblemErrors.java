package org.itqan.quran.shared.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.itqan.quran.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Renders the problems the modules throw (RFC 9457 {@link ErrorResponseException}s) as GraphQL errors carrying the
 * same {@code type} URI, {@code title} and {@code status} as the REST problem, plus its extension members
 * (STYLE.md 5). Anything else unexpected becomes an {@code INTERNAL_ERROR} without details, logged once here.
 */
@Component
class ProblemErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ErrorResponseException problem) {
            var body = problem.getBody();
            var extensions = new LinkedHashMap<String, Object>();
            extensions.put("classification", classification(body.getStatus()).name());
            extensions.put("type", String.valueOf(body.getType()));
            extensions.put("title", body.getTitle());
            extensions.put("status", body.getStatus());
            if (body.getProperties() != null) {
                extensions.putAll(body.getProperties());
            }
            return GraphqlErrorBuilder.newError(env).errorType(classification(body.getStatus()))
                    .message(body.getDetail() == null ? String.valueOf(body.getTitle()) : body.getDetail())
                    .extensions(extensions).build();
        }
        if (ex instanceof org.springframework.security.core.AuthenticationException
                || ex instanceof org.springframework.security.access.AccessDeniedException) {
            return null; // Spring's security resolver answers UNAUTHORIZED / FORBIDDEN
        }
        log.error("GraphQL field {} failed", env.getExecutionStepInfo().getPath(), ex);
        var type = ProblemType.INTERNAL_ERROR;
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("The server could not complete this field")
                .extensions(Map.of("classification", ErrorType.INTERNAL_ERROR.name(), "type", type.uri().toString(),
                        "status", 500))
                .build();
    }

    static ErrorType classification(int status) {
        return switch (status) {
            case 400, 409, 412, 413, 422 -> ErrorType.BAD_REQUEST;
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            default -> ErrorType.INTERNAL_ERROR;
        };
    }
}
