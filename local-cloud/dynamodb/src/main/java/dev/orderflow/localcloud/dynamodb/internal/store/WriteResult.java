package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.Map;

/** The item before and after a write (either may be null). */
public record WriteResult(Map<String, Value> before, Map<String, Value> after) {
}
