package dev.orderflow.localcloud.messaging.internal;

import dev.orderflow.localcloud.asyncinvocation.Destinations;
import dev.orderflow.localcloud.eventbridge.DeadLetterSender;
import dev.orderflow.localcloud.eventbridge.TargetDefinition;
import dev.orderflow.localcloud.eventbridge.TargetDeliveryException;
import dev.orderflow.localcloud.eventbridge.TargetInvoker;
import dev.orderflow.localcloud.lambda.FunctionNotFoundException;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.sqs.QueueSender;
import dev.orderflow.localcloud.sqs.SqsDeliveryException;
import dev.orderflow.localcloud.sqs.SqsMessageAttribute;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the services hand things to each other, by ARN: EventBridge targets and dead letters, and
 * Lambda destinations and dead-letter queues, to a function (asynchronous invocation) or a queue.
 */
public final class Deliveries implements TargetInvoker, Destinations {

    private final LambdaService lambda;
    private final QueueSender queues;

    public Deliveries(LambdaService lambda, QueueSender queues) {
        this.lambda = lambda;
        this.queues = queues;
    }

    /** Whether the local cloud can deliver to this ARN. */
    public static boolean supported(String arn) {
        return service(arn).equals("lambda") || service(arn).equals("sqs");
    }

    @Override
    public void deliver(String ruleArn, TargetDefinition target, String input, TraceHeader trace) {
        try {
            toArn(target.arn(), input, Map.of(), trace);
        } catch (FunctionNotFoundException e) {
            throw new TargetDeliveryException("ResourceNotFoundException", e.getMessage());
        } catch (SqsDeliveryException e) {
            throw new TargetDeliveryException(e.errorCode(), e.getMessage());
        } catch (IllegalStateException e) {
            throw new TargetDeliveryException("ServiceUnavailable", e.getMessage());
        }
    }

    /** EventBridge's dead letters: string attributes on an SQS message. */
    public DeadLetterSender deadLetters() {
        return (queueArn, body, attributes, trace) -> {
            Map<String, SqsMessageAttribute> strings = new LinkedHashMap<>();
            attributes.forEach((name, value) -> strings.put(name, SqsMessageAttribute.string(value)));
            queues.send(queueArn, body, strings, trace);
        };
    }

    @Override
    public void send(String destinationArn, String body, Map<String, Attribute> attributes, TraceHeader trace) {
        Map<String, SqsMessageAttribute> typed = new LinkedHashMap<>();
        attributes.forEach((name, value) -> typed.put(name, new SqsMessageAttribute(value.dataType(), value.value())));
        toArn(destinationArn, body, typed, trace);
    }

    private void toArn(String arn, String body, Map<String, SqsMessageAttribute> attributes, TraceHeader trace) {
        switch (service(arn)) {
            case "lambda" -> lambda.asyncInvoker().invokeAsync(arn, body.getBytes(StandardCharsets.UTF_8), trace);
            case "sqs" -> queues.send(arn, body, attributes, trace);
            default -> throw new TargetDeliveryException("InvalidTarget", "the local cloud delivers to Lambda functions "
                    + "and SQS queues, not to " + arn);
        }
    }

    private static String service(String arn) {
        String[] parts = arn.split(":", 4);
        return parts.length > 2 && parts[0].equals("arn") ? parts[2] : "";
    }
}
