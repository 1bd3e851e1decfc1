package dev.orderflow.localcloud.messaging.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.asyncinvocation.InvokeConfig;
import dev.orderflow.localcloud.sqs.QueueAddresses;
import dev.orderflow.localcloud.sqseventsource.SqsMapping;
import dev.orderflow.localcloud.template.EventSourceDefinition;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Each function's EventInvokeConfig and DeadLetterQueue, and its {@code SQS} events as event source mappings. */
public final class TemplateFunctions {

    private TemplateFunctions() {
    }

    public static InvokeConfig invokeConfig(FunctionDefinition function, Consumer<String> warnings) {
        JsonNode config = function.eventInvokeConfig();
        JsonNode destinations = config.path("DestinationConfig");
        JsonNode dlq = function.properties().path("DeadLetterQueue");
        if (dlq.has("Type") && !"SQS".equals(dlq.path("Type").asText())) {
            warnings.accept(function.logicalId() + ".DeadLetterQueue of Type " + dlq.path("Type").asText()
                    + " is not emulated (only SQS)");
        }
        return new InvokeConfig(config.path("MaximumRetryAttempts").asInt(InvokeConfig.DEFAULT.maximumRetryAttempts()),
                Duration.ofSeconds(config.path("MaximumEventAgeInSeconds").asLong(InvokeConfig.DEFAULT.maximumEventAge().toSeconds())),
                destination(function, destinations.path("OnSuccess"), "OnSuccess", warnings),
                destination(function, destinations.path("OnFailure"), "OnFailure", warnings),
                "SQS".equals(dlq.path("Type").asText("SQS")) ? dlq.path("TargetArn").asText(null) : null);
    }

    private static String destination(FunctionDefinition function, JsonNode destination, String which,
            Consumer<String> warnings) {
        if (destination.isMissingNode()) {
            return null;
        }
        String arn = destination.path("Destination").asText(null);
        if (arn == null) {
            warnings.accept(function.logicalId() + ".EventInvokeConfig." + which + " without a Destination ARN is not emulated");
        }
        return arn;
    }

    public static List<SqsMapping> sqsMappings(SamTemplate template, QueueAddresses queues) {
        List<SqsMapping> mappings = new ArrayList<>();
        for (FunctionDefinition function : template.functions()) {
            for (EventSourceDefinition event : function.eventsOfType("SQS")) {
                JsonNode p = event.properties();
                String arn = p.path("Queue").asText();
                String url = queues.urlOfArn(arn).orElseThrow(() -> new IllegalArgumentException(function.logicalId()
                        + ".Events." + event.name() + ".Queue must be an SQS queue ARN, not " + arn));
                boolean report = false;
                for (JsonNode type : p.path("FunctionResponseTypes")) {
                    report |= "ReportBatchItemFailures".equals(type.asText());
                }
                JsonNode concurrency = p.path("ScalingConfig").path("MaximumConcurrency");
                mappings.add(new SqsMapping(function.name(), arn, url, p.path("BatchSize").asInt(10),
                        Duration.ofSeconds(p.path("MaximumBatchingWindowInSeconds").asLong(0)), report,
                        p.path("Enabled").asBoolean(true), concurrency.isNumber() ? concurrency.asInt() : null));
            }
        }
        return mappings;
    }
}
