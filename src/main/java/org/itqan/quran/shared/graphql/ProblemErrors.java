package org.itqan.quran.shared.graphql;

import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponseException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Renders the problems the modules throw (RFC 9457 {@link ErrorResponseException}s) as GraphQL errors carrying the
 * same {@code type} URI, {@code title} and {@code status} as the REST problem, plus its extension members
 * (STYLE.md 5). An argument Spring GraphQL cannot bind to the controller's Java type is such a problem too
 * ({@link ArgumentProblems}).
 */
@Component
class ProblemErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BindException binding) {
            return render(ArgumentProblems.of(binding, env), env);
        }
        if (ex instanceof ErrorResponseException problem) {
            return render(problem, env);
        }
        // Other modules' exceptions have their own resolvers; anything left is Spring GraphQL's INTERNAL_ERROR,
        // logged by it with the stack trace and answered without one.
        return null;
    }

    private static GraphQLError render(ErrorResponseException problem, DataFetchingEnvironment env) {
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
