package dev.orderflow.localcloud.sqseventsource.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A function's answer under ReportBatchItemFailures, read as Lambda reads it: no answer, an empty
 * object or an empty list means every message succeeded; listed ids failed; an id that is empty or
 * not in the batch, or an answer of the wrong shape, fails the whole batch.
 */
public final class BatchResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchResponse() {
    }

    /** The message ids that failed, or empty when the whole batch counts as failed. */
    public static Optional<Set<String>> failedIds(byte[] response, Set<String> batchIds) {
        JsonNode answer;
        try {
            answer = response.length == 0 ? null : JSON.readTree(response);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (answer == null || answer.isNull() || answer.isObject() && !answer.has("batchItemFailures")) {
            return Optional.of(Set.of());
        }
        JsonNode failures = answer.path("batchItemFailures");
        if (failures.isNull()) {
            return Optional.of(Set.of());
        }
        if (!failures.isArray()) {
            return Optional.empty();
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (id.isEmpty() || !batchIds.contains(id)) {
                return Optional.empty();
            }
            failed.add(id);
        }
        return Optional.of(failed);
    }
}
