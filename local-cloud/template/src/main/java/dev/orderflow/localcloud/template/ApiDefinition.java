package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A REST API: an {@code AWS::Serverless::Api}, or the implicit {@code ServerlessRestApi} SAM creates
 * for Api events without a RestApiId.
 *
 * @param cors the Cors property (a quoted origin string or an object), or a missing node
 */
public record ApiDefinition(
        String logicalId,
        String restApiId,
        String stageName,
        boolean tracingEnabled,
        JsonNode cors,
        List<String> binaryMediaTypes,
        JsonNode models,
        JsonNode gatewayResponses,
        boolean implicit,
        JsonNode properties) {
}
