package dev.orderflow.localcloud.dynamodb.internal.store;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.Map;

/**
 * What a write does to one item, given its current state (null when absent): the new item, null
 * to delete, or the same instance to leave it unchanged. Throws to refuse (a failed condition).
 */
@FunctionalInterface
public interface ItemChange {

    Map<String, Value> apply(Map<String, Value> current);
}
