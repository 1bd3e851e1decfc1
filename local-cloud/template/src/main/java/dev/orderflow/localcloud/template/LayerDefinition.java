package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** A layer declared in the template; {@code contentUri} is resolved against the template's folder. */
public record LayerDefinition(String logicalId, String arn, Path contentUri, JsonNode metadata, JsonNode properties) {
}
