package org.itqan.quran.userdata.graphql;

import java.util.LinkedHashMap;

import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Renders a rejected user-data request as a GraphQL error: the QF user API's error {@code type}
 * ({@code not_found}, {@code conflict}, ...) and HTTP {@code status} go into {@code extensions}, with the field name
 * of a validation error and, on a conflict, the object's current state.
 */
@Component
class UserDataErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof UserDataException e)) {
            return null;
        }
        var classification = switch (e.status()) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            default -> ErrorType.BAD_REQUEST;
        };
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("classification", classification.name());
        extensions.put("type", e.type());
        extensions.put("status", e.status());
        extensions.putAll(e.details());
        if (e.current() != null) {
            extensions.put("current", e.current());
        }
        return GraphqlErrorBuilder.newError(env).errorType(classification).message(e.getMessage())
                .extensions(extensions).build();
    }
}
