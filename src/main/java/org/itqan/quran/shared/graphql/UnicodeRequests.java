package org.itqan.quran.shared.graphql;

import java.util.Collection;
import java.util.Map;

import org.itqan.quran.shared.UnicodeText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * Refuses a GraphQL request that is not Unicode text, before anything of it is executed. A JSON escape lets a client
 * put an unpaired surrogate ({@code "\ud800"}) into the query document or a variable, and graphql-java takes it as
 * it comes: a mutation would store it (a collection's name, a note) and break every later response that carries it,
 * as a JSON writer cannot encode it. As for REST bodies ({@link UnicodeText}), it is the client's mistake, said as
 * such: one {@code BAD_REQUEST} error ({@code NOT_UNICODE_TEXT}) naming where the surrogate is.
 */
@Configuration(proxyBeanMethods = false)
class UnicodeRequests {

    static final String CODE = "NOT_UNICODE_TEXT";

    @Bean
    WebGraphQlInterceptor graphQlUnicodeText() {
        return (request, chain) -> {
            var where = unpairedSurrogate(request);
            if (where == null) {
                return chain.next(request);
            }
            return GraphQlRefusal.answer(request, "The request is not Unicode text: " + where
                    + " has an unpaired surrogate", Map.of("code", CODE));
        };
    }

    /** Where the request has an unpaired surrogate (said without echoing it), or null when it has none. */
    static @Nullable String unpairedSurrogate(WebGraphQlRequest request) {
        if (!UnicodeText.isWellFormed(request.getDocument())) {
            return "the query document";
        }
        if (!isWellFormed(request.getOperationName())) {
            return "the operation name";
        }
        for (var variable : request.getVariables().entrySet()) {
            if (!UnicodeText.isWellFormed(variable.getKey())) {
                return "a variable's name";
            }
            if (!isWellFormed(variable.getValue())) {
                return "the variable $" + variable.getKey();
            }
        }
        return isWellFormed(request.getExtensions()) ? null : "the extensions";
    }

    /**
     * Whether every string in a JSON value is Unicode text. The names of object members are checked too, though
     * Jackson already refuses a surrogate there as unreadable JSON: the check costs nothing and relies on no reader.
     */
    static boolean isWellFormed(@Nullable Object value) {
        return switch (value) {
            case CharSequence text -> UnicodeText.isWellFormed(text);
            case Map<?, ?> object -> object.entrySet().stream()
                    .allMatch(member -> isWellFormed(member.getKey()) && isWellFormed(member.getValue()));
            case Collection<?> array -> array.stream().allMatch(UnicodeRequests::isWellFormed);
            case null, default -> true;
        };
    }
}
