package dev.orderflow.localcloud.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * A REST API and its stage, with what changes the gateway's behaviour.
 *
 * @param cors SAM's Cors property (a quoted origin, or an object), or a missing node
 * @param gatewayResponses SAM's GatewayResponses property, or a missing node
 * @param models the Models property: JSON schemas by name, for request validation
 */
public record RestApi(String name, String restApiId, String stageName, boolean tracingEnabled, JsonNode cors,
        List<String> binaryMediaTypes, JsonNode gatewayResponses, JsonNode models) {

    public RestApi {
        cors = cors == null ? MissingNode.getInstance() : cors;
        gatewayResponses = gatewayResponses == null ? MissingNode.getInstance() : gatewayResponses;
        models = models == null ? MissingNode.getInstance() : models;
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
    }
}
