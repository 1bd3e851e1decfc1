package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Lambda function as the template declares it, Globals merged and intrinsics resolved.
 *
 * @param codeUri the CodeUri folder or file, resolved against the template's folder
 * @param layers layer ARNs in the order listed (Globals first)
 * @param reservedConcurrency ReservedConcurrentExecutions, or null when not set
 * @param events every event source, of any type (Api, EventBridgeRule, SQS, Schedule, ...)
 * @param eventInvokeConfig EventInvokeConfig (retries, destinations), or a missing node
 * @param properties all resolved properties, for what this record does not name
 */
public record FunctionDefinition(
        String logicalId,
        String name,
        String arn,
        String handler,
        String runtime,
        Path codeUri,
        int memorySize,
        int timeoutSeconds,
        Map<String, String> environment,
        List<String> layers,
        Integer reservedConcurrency,
        String tracing,
        Map<String, String> loggingConfig,
        List<EventSourceDefinition> events,
        JsonNode eventInvokeConfig,
        JsonNode metadata,
        JsonNode properties) {

    public Optional<Integer> reservedConcurrencyLimit() {
        return Optional.ofNullable(reservedConcurrency);
    }

    public boolean tracingActive() {
        return "Active".equals(tracing);
    }

    public List<EventSourceDefinition> eventsOfType(String type) {
        return events.stream().filter(event -> event.type().equals(type)).toList();
    }
}
