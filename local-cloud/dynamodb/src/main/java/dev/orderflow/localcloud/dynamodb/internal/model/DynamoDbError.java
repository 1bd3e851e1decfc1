package dev.orderflow.localcloud.dynamodb.internal.model;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, named as DynamoDB names it ({@code ValidationException},
 * {@code ConditionalCheckFailedException}, ...). The wire layer turns it into a 4xx response.
 */
public final class DynamoDbError extends RuntimeException {

    /** One entry of a TransactionCanceledException: code, message and optionally the item. */
    public record CancellationReason(String code, String message, Map<String, Value> item) {
        public static final CancellationReason NONE = new CancellationReason("None", null, null);

        /** The reason a failed action gives: a failed condition or a validation error; others are rethrown. */
        public static CancellationReason of(DynamoDbError e) {
            switch (e.errorType()) {
                case "ConditionalCheckFailedException":
                    return new CancellationReason("ConditionalCheckFailed", e.getMessage(), e.item());
                case "ValidationException":
                    return new CancellationReason("ValidationError", e.getMessage(), null);
                default:
                    throw e;
            }
        }
    }

    private final String errorType;
    private final int status;
    private final Map<String, Value> item;
    private final List<CancellationReason> reasons;

    private DynamoDbError(String errorType, int status, String message,
                          Map<String, Value> item, List<CancellationReason> reasons) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.status = status;
        this.item = item;
        this.reasons = reasons;
    }

    public static DynamoDbError of(String errorType, String message) {
        return new DynamoDbError(errorType, 400, message, null, null);
    }

    public static DynamoDbError validation(String message) {
        return of("ValidationException", message);
    }

    public static DynamoDbError serialization(String message) {
        return of("SerializationException", message);
    }

    public static DynamoDbError resourceNotFound(String message) {
        return of("ResourceNotFoundException", message);
    }

    public static DynamoDbError tableNotFound() {
        return resourceNotFound("Requested resource not found");
    }

    public static DynamoDbError resourceInUse(String message) {
        return of("ResourceInUseException", message);
    }

    /** ConditionalCheckFailedException, carrying the old item when ALL_OLD was asked for. */
    public static DynamoDbError conditionalCheckFailed(Map<String, Value> item) {
        return new DynamoDbError("ConditionalCheckFailedException", 400, "The conditional request failed", item, null);
    }

    public static DynamoDbError transactionCanceled(List<CancellationReason> reasons) {
        StringBuilder codes = new StringBuilder();
        for (CancellationReason reason : reasons) {
            codes.append(codes.length() == 0 ? "" : ", ").append(reason.code());
        }
        return new DynamoDbError("TransactionCanceledException", 400,
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                null, List.copyOf(reasons));
    }

    public static DynamoDbError internal(String message) {
        return new DynamoDbError("InternalServerError", 500, message, null, null);
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return status;
    }

    /** The item for ConditionalCheckFailedException with ReturnValuesOnConditionCheckFailure=ALL_OLD. */
    public Map<String, Value> item() {
        return item;
    }

    public List<CancellationReason> reasons() {
        return reasons;
    }
}
