package org.itqan.quran.alquran;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** Documents /v1's own error envelope on every /v1 operation, in place of the problem+json responses of v4. */
@Component
class AlQuranDocumentation implements GlobalOpenApiCustomizer {

    static final String ERROR = "AlQuranCloudError";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getComponents().addSchemas(ERROR, new ObjectSchema()
                .description("AlQuran Cloud's error envelope; data is a message for humans")
                .addProperty("code", new IntegerSchema()).addProperty("status", new StringSchema())
                .addProperty("data", new StringSchema()));
        openApi.getPaths().forEach((name, path) -> {
            if (name.startsWith("/v1")) {
                path.readOperations().forEach(operation -> {
                    operation.getResponses().addApiResponse("400", error("Invalid parameter"));
                    operation.getResponses().addApiResponse("404", error("No such surah, ayah, section or edition"));
                });
            }
        });
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))));
    }
}
