package org.itqan.quran.userdata.graphql;

import java.util.LinkedHashMap;

import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Renders a rejected user-data request as a GraphQL error: the QF user API's error {@code type}
 * ({@code not_found}, {@code conflict}, ...) and HTTP {@code status} go into {@code extensions}, with the field name
 * of a validation error and, on a conflict, the object's current state. A write the database refuses as a
 * duplicate (renaming a collection to a name the user already has) is the 409 {@code conflict} the REST API
 * answers for it, not a server error.
 */
@Component
class UserDataErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(UserDataErrors.class);

    /** REST's message for it (UserApiErrors), so both APIs say the same. */
    static final String CONFLICT = "The change conflicts with another change; retry";

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof DataIntegrityViolationException) {
            log.debug("Client error 409 conflict: {}", ex.getMessage());
            return render(UserDataException.conflict(CONFLICT, null), env);
        }
        return ex instanceof UserDataException e ? render(e, env) : null;
    }

    private static GraphQLError render(UserDataException e, DataFetchingEnvironment env) {
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
