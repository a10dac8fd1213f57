package org.itqan.quran.realtime.graphql;

import java.util.LinkedHashMap;

import org.itqan.quran.userdata.UserDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/**
 * A subscription refused or ended by a problem (no token, a missing scope, a plan the account is not a member of)
 * reaches the client as a GraphQL error with the same {@code extensions} as a query's (docs/graphql.md), instead of
 * Spring GraphQL's bare "Subscription error".
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
        var extensions = new LinkedHashMap<String, Object>();
        String message;
        int status;
        if (ex instanceof ErrorResponseException problem) {
            var body = problem.getBody();
            status = body.getStatus();
            message = body.getDetail() == null ? String.valueOf(body.getTitle()) : body.getDetail();
            extensions.put("type", String.valueOf(body.getType()));
            extensions.put("title", body.getTitle());
            if (body.getProperties() != null) {
                extensions.putAll(body.getProperties());
            }
        } else if (ex instanceof UserDataException rejected) {
            status = rejected.status();
            message = rejected.getMessage();
            extensions.put("type", rejected.type());
        } else {
            return null;
        }
        var classification = switch (status) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            default -> ErrorType.BAD_REQUEST;
        };
        extensions.put("classification", classification.name());
        extensions.put("status", status);
        return GraphqlErrorBuilder.newError().errorType(classification).message(message).extensions(extensions)
                .build();
    }
}
