package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ClientRequestToken of TransactWriteItems: a repeat within 10 minutes succeeds without writing again. */
final class TransactionTokens {

    private static final long TTL_MILLIS = Duration.ofMinutes(10).toMillis();

    private record Seen(JsonNode request, long atMillis) {
    }

    private final Map<String, Seen> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    TransactionTokens(Clock clock) {
        this.clock = clock;
    }

    /** True when this token already committed this same request within the window. */
    boolean alreadyCommitted(String token, JsonNode transactItems) {
        long now = clock.millis();
        tokens.values().removeIf(s -> now - s.atMillis() > TTL_MILLIS);
        Seen seen = tokens.get(token);
        if (seen == null) {
            return false;
        }
        if (!seen.request().equals(transactItems)) {
            throw DynamoDbError.of("IdempotentParameterMismatchException",
                    "The request with the given client token has been previously used with different parameters");
        }
        return true;
    }

    void committed(String token, JsonNode transactItems) {
        tokens.put(token, new Seen(transactItems, clock.millis()));
    }
}
