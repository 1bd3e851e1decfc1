package dev.orderflow.localcloud.eventbridge;

import dev.orderflow.localcloud.trace.TraceHeader;

/** Hands an event to a target (a Lambda asynchronous invocation, an SQS message). */
@FunctionalInterface
public interface TargetInvoker {

    /**
     * @param input what the target receives: the event, or the target's Input / InputPath result
     * @param trace the event's trace context, or null
     * @throws TargetDeliveryException when the target did not take the event (EventBridge retries it)
     */
    void deliver(String ruleArn, TargetDefinition target, String input, TraceHeader trace);
}
