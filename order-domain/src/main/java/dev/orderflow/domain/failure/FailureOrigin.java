package dev.orderflow.domain.failure;

/** Who put a message on the dead-letter queue, told apart by the message's shape and attributes. */
public enum FailureOrigin {
    /** An EventBridge rule could not deliver to its target (attributes RULE_ARN, TARGET_ARN, ERROR_*). */
    EVENTBRIDGE_RULE,
    /** A function's asynchronous invocation failed every attempt (an on-failure destination record). */
    LAMBDA_DESTINATION,
    /** A function's own dead-letter queue (attributes RequestID, ErrorCode, ErrorMessage). */
    LAMBDA_DLQ,
    /** Anything else: kept as it came, for a person to look at. */
    UNKNOWN
}
