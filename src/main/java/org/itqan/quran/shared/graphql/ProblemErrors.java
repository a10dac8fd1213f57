package org.itqan.quran.shared.graphql;

import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;
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
 * (STYLE.md 5).
 */
@Component
class ProblemErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
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
        // Other modules' exceptions have their own resolvers; anything left is Spring GraphQL's INTERNAL_ERROR,
        // logged by it with the stack trace and answered without one.
        return null;
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
