package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;

/** Any resource of the template, its condition met, Globals merged and intrinsics resolved. */
public record ResourceDefinition(String logicalId, String type, String physicalName, JsonNode properties,
        JsonNode metadata) {
}
