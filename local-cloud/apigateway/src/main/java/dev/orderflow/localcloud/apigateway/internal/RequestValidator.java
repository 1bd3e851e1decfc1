package dev.orderflow.localcloud.apigateway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * API Gateway's body validation ({@code RequestModel} with {@code ValidateBody}): a JSON body is
 * checked against the API's model (JSON Schema draft 4) before the function runs; a failure is the
 * BAD_REQUEST_BODY gateway response, whose {@code validationErrorString} lists what is wrong,
 * naming the fields. The messages are the validator library's, not API Gateway's own wording.
 */
final class RequestValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** Empty when the body passes (or is not validated); else the validationErrorString. */
    Optional<String> validate(EdgeRequest request, Route route) {
        Route.RequestModel model = route.requestModel();
        if (model == null || !model.validateBody() || !isJson(request.header("Content-Type").orElse("application/json"))) {
            return Optional.empty();
        }
        byte[] body = request.body();
        JsonNode document;
        try {
            document = body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return Optional.of("[Invalid JSON in request body]");
        }
        if (document == null || document.isMissingNode()) {
            return Optional.of("[Request body is missing]");
        }
        List<Error> errors = schema(route.api(), model.model()).validate(document);
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).collect(Collectors.joining(", ", "[", "]")));
    }

    private Schema schema(RestApi api, String model) {
        return schemas.computeIfAbsent(api.restApiId() + "/" + model, key -> {
            JsonNode definition = api.models().path(model);
            if (definition.isMissingNode()) {
                throw new IllegalStateException("RequestModel " + model + " is not one of the API's Models");
            }
            return REGISTRY.getSchema(definition);
        });
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";")[0].trim();
        return type.isEmpty() || type.equalsIgnoreCase("application/json");
    }
}
