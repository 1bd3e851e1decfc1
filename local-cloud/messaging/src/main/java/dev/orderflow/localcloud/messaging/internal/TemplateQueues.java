package dev.orderflow.localcloud.messaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.sqs.QueueDeclaration;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The template's {@code AWS::SQS::Queue} resources as CreateQueue declarations. */
public final class TemplateQueues {

    private static final List<String> ATTRIBUTES = List.of("VisibilityTimeout", "DelaySeconds",
            "ReceiveMessageWaitTimeSeconds", "MessageRetentionPeriod", "MaximumMessageSize", "FifoQueue",
            "ContentBasedDeduplication");

    private TemplateQueues() {
    }

    /** @param visibilityOverride replaces every queue's VisibilityTimeout, or null */
    public static List<QueueDeclaration> declarations(SamTemplate template, Integer visibilityOverride) {
        List<QueueDeclaration> queues = new ArrayList<>();
        for (ResourceDefinition queue : template.resourcesOfType("AWS::SQS::Queue")) {
            Map<String, String> attributes = new LinkedHashMap<>();
            JsonNode properties = queue.properties();
            for (String name : ATTRIBUTES) {
                if (properties.hasNonNull(name)) {
                    attributes.put(name, properties.get(name).asText());
                }
            }
            JsonNode redrive = properties.path("RedrivePolicy");
            if (redrive.isObject()) {
                attributes.put("RedrivePolicy", redrive.toString());
            } else if (redrive.isTextual()) {
                attributes.put("RedrivePolicy", redrive.asText());
            }
            if (visibilityOverride != null) {
                attributes.put("VisibilityTimeout", visibilityOverride.toString());
            }
            queues.add(new QueueDeclaration(queue.physicalName(), attributes));
        }
        return queues;
    }
}
