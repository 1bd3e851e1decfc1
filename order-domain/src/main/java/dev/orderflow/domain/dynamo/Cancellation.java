package dev.orderflow.domain.dynamo;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reads a cancelled transaction: which actions failed their condition, with the item as it was when
 * the request asked for it. Conflicts with other transactions are not decisions about our data: they
 * are rethrown so that the invocation fails and is retried.
 */
public final class Cancellation {

    private final List<CancellationReason> reasons;

    private Cancellation(List<CancellationReason> reasons) {
        this.reasons = reasons;
    }

    public static Cancellation of(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        boolean conditional = reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
        if (!conditional) {
            throw e;
        }
        return new Cancellation(reasons);
    }

    /** Whether action {@code index} (in request order) failed its condition. */
    public boolean failed(int index) {
        return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** The item action {@code index} saw, when it failed and ALL_OLD was asked for; empty if none existed. */
    public Map<String, AttributeValue> item(int index) {
        if (!failed(index) || reasons.get(index).item() == null) {
            return Map.of();
        }
        return reasons.get(index).item();
    }
}
