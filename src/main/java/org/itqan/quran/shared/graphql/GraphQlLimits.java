package org.itqan.quran.shared.graphql;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.IntValue;

/**
 * The limits every GraphQL operation is held to, each refused with a GraphQL error that names it (never a 500):
 * <ul>
 * <li>document size: checked before parsing, so a huge document costs nothing ({@code DOCUMENT_TOO_LARGE});</li>
 * <li>depth: graphql-java's {@link MaxQueryDepthInstrumentation} ({@code MAX_DEPTH_EXCEEDED});</li>
 * <li>complexity: {@link MaxQueryComplexityInstrumentation}; every field costs 1, a list field costs its
 * {@code limit}/{@code first}/{@code size} argument (or 10) times its children, so a thousand aliases or a wide
 * nested list is refused before any data is fetched ({@code MAX_COMPLEXITY_EXCEEDED}); the {@code items} of a page
 * are counted by the page's {@code first}.</li>
 * </ul>
 * Parsing is bounded too (graphql-java's default limit of 15,000 tokens), which stops token floods inside the size
 * limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitProperties.class)
class GraphQlLimits {

    static final FieldComplexityCalculator COST = (environment, childComplexity) -> {
        for (var name : List.of("limit", "first", "size")) {
            if (size(environment, name) instanceof Integer size) {
                return 1 + Math.max(1, size) * Math.max(1, childComplexity);
            }
        }
        var type = graphql.schema.GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
        // A page's items are already counted by the page field's first/limit argument.
        boolean unbounded = graphql.schema.GraphQLTypeUtil.isList(type)
                && !environment.getField().getName().equals("items");
        return 1 + (unbounded ? 10 : 1) * childComplexity;
    };

    /**
     * A size argument's value. An explicit {@code null} counts as the schema's default, which is what the
     * controllers read it as; counting it as no size would price a page of 20 as a page of 1.
     */
    private static @Nullable Object size(FieldComplexityEnvironment environment, String name) {
        var value = environment.getArguments().get(name);
        var argument = environment.getFieldDefinition().getArgument(name);
        if (value == null && argument != null && argument.hasSetDefaultValue()
                && argument.getArgumentDefaultValue().getValue() instanceof IntValue literal) {
            return literal.getValue().intValue();
        }
        return value;
    }

    @Bean
    GraphQlSourceBuilderCustomizer graphQlLimitsCustomizer(GraphQlLimitProperties limits) {
        return builder -> builder.instrumentation(List.of(new SchemaQueriesExempt(
                new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
                    throw abort("MAX_DEPTH_EXCEEDED", "The operation is " + info.getDepth() + " levels deep; at most "
                            + limits.maxDepth() + " are allowed", Map.of("maxDepth", limits.maxDepth(),
                                    "depth", info.getDepth()));
                }),
                new MaxQueryComplexityInstrumentation(limits.maxComplexity(), COST, info -> {
                    throw abort("MAX_COMPLEXITY_EXCEEDED", "The operation costs " + info.getComplexity()
                            + "; at most " + limits.maxComplexity() + " is allowed (a list field costs its size "
                            + "times its selection)", Map.of("maxComplexity", limits.maxComplexity(),
                                    "complexity", info.getComplexity()));
                }))));
    }

    /** Runs the limits on every operation but those that only introspect the schema. */
    private static final class SchemaQueriesExempt extends ChainedInstrumentation {

        SchemaQueriesExempt(Instrumentation... limits) {
            super(limits);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
                return SimpleInstrumentationContext.noOp();
            }
            return super.beginExecuteOperation(parameters, state);
        }
    }

    /**
     * Whether the operation asks only for the schema ({@code __schema}, {@code __type}, {@code __typename}). The
     * standard introspection query every GraphQL tool sends (GraphiQL's too) is 15 levels of {@code ofType} deep and
     * wide by nature; it is bounded instead by graphql-java's good-faith introspection check (one {@code __schema},
     * at most 500 fields, depth 20), so our data limits would only break tooling.
     */
    static boolean introspectionOnly(graphql.language.OperationDefinition operation) {
        return operation != null && operation.getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof graphql.language.Field field
                        && field.getName().startsWith("__"));
    }

    /** Refuses an oversized document before graphql-java reads it. */
    @Bean
    WebGraphQlInterceptor graphQlDocumentSizeLimit(GraphQlLimitProperties limits) {
        return (request, chain) -> {
            int length = request.getDocument().length();
            if (length <= limits.maxDocumentCharacters()) {
                return chain.next(request);
            }
            return GraphQlRefusal.answer(request, "The query document has " + length + " characters; at most "
                    + limits.maxDocumentCharacters() + " are allowed", Map.of("code", "DOCUMENT_TOO_LARGE",
                            "maxCharacters", limits.maxDocumentCharacters()));
        };
    }

    private static graphql.execution.AbortExecutionException abort(String code, String message,
            Map<String, Object> details) {
        var extensions = new java.util.LinkedHashMap<String, Object>();
        extensions.put("classification", ErrorType.BAD_REQUEST.name());
        extensions.put("code", code);
        extensions.putAll(details);
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(extensions).build();
        return new graphql.execution.AbortExecutionException(List.of(error));
    }
}
