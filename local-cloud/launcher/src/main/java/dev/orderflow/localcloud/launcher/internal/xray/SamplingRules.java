package dev.orderflow.localcloud.launcher.internal.xray;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The sampling rules in force: the template's {@code AWS::XRay::SamplingRule} resources, then those
 * of {@code --sampling-rules} (a JSON list of rules, or one rule), as one JSON list for the local
 * X-Ray, which checks each field and adds the Default rule.
 */
public final class SamplingRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SamplingRules() {
    }

    public static String json(SamTemplate template, Path extra) {
        ArrayNode rules = JSON.createArrayNode();
        for (ResourceDefinition resource : template.resourcesOfType("AWS::XRay::SamplingRule")) {
            rules.addObject().put("Type", resource.type()).set("Properties", resource.properties());
        }
        if (extra != null) {
            JsonNode file;
            try {
                file = JSON.readTree(extra.toFile());
            } catch (IOException e) {
                String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                throw new IllegalArgumentException("--sampling-rules " + extra + ": not readable JSON: " + reason);
            }
            if (file == null || !(file.isArray() || file.isObject())) {
                throw new IllegalArgumentException("--sampling-rules " + extra + ": expected a list of sampling rules");
            }
            if (file.isArray()) {
                rules.addAll((ArrayNode) file);
            } else {
                rules.add(file);
            }
        }
        return rules.toString();
    }
}
