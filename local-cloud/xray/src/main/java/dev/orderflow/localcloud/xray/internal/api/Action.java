package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;

/** One X-Ray operation: a JSON request in, a JSON result out, or a refusal. */
@FunctionalInterface
interface Action {

    JsonNode handle(JsonNode request) throws ApiException;
}
