package org.itqan.quran.shared.graphql;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.itqan.quran.shared.ApiProblem;
import org.itqan.quran.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;

/**
 * An argument the schema accepts but the controller's Java type does not, as the 400 {@code invalid-parameter}
 * problem REST answers for a bad parameter. The schema's {@code ID} is any string while this API's ids are UUIDs, so
 * {@code khatmPlan(id: "x")} passes validation and fails in Spring GraphQL's argument binder, whose BindException
 * would otherwise be an INTERNAL_ERROR with a logged stack trace. The binder names the Java type but not the
 * argument, so the argument is found by its value.
 */
final class ArgumentProblems {

    /** Longest echo of the value, as REST's (a value cut there is marked with an ellipsis). */
    private static final int MAX_ECHO = 40;

    private ArgumentProblems() {
    }

    static ApiProblem of(BindException binding, DataFetchingEnvironment env) {
        var error = binding.getFieldError();
        if (error == null) {
            return ApiProblem.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                    "An argument has a value this field cannot read");
        }
        return ApiProblem.invalidParameter(argument(error, env), echo(String.valueOf(error.getRejectedValue())),
                expected(error));
    }

    /**
     * The argument's name: the binder reports a scalar argument as field {@code $} with its value, an input object's
     * member by its path (then prefixed with the field's one input-object argument, if it has exactly one).
     */
    private static String argument(FieldError error, DataFetchingEnvironment env) {
        var names = env.getFieldDefinition().getArguments().stream().map(GraphQLArgument::getName).toList();
        if (!"$".equals(error.getField())) {
            var objects = names.stream().filter(name -> env.getArgument(name) instanceof Map).toList();
            return objects.size() == 1 ? objects.getFirst() + "." + error.getField() : error.getField();
        }
        return names.stream().filter(name -> Objects.equals(env.getArgument(name), error.getRejectedValue()))
                .findFirst().orElse("argument");
    }

    /** What the Java type takes, said as a client reads it; the binder names a scalar argument's type. */
    private static String expected(FieldError error) {
        return "$".equals(error.getField()) && UUID.class.getSimpleName().equals(error.getObjectName())
                ? "a UUID" : "a value of the argument's type";
    }

    /** The value cut short for the message, never between the two halves of a surrogate pair. */
    static String echo(String value) {
        if (value.length() <= MAX_ECHO) {
            return value;
        }
        int end = MAX_ECHO - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
