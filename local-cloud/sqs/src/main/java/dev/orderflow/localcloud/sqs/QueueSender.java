package dev.orderflow.localcloud.sqs;

import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Puts messages on queues by ARN, as EventBridge targets, rule and function dead-letter queues and
 * Lambda destinations do: with message attributes and the trace header as the message's
 * {@code AWSTraceHeader} system attribute.
 */
public final class QueueSender {

    private final SqsClient sqs;
    private final QueueAddresses addresses;

    public QueueSender(SqsClient sqs, QueueAddresses addresses) {
        this.sqs = sqs;
        this.addresses = addresses;
    }

    /**
     * Sends and returns the message id.
     *
     * @param trace the trace context to carry, or null
     * @throws SqsDeliveryException when the ARN is not a queue's or SQS refuses the message
     */
    public String send(String queueArn, String body, Map<String, SqsMessageAttribute> attributes, TraceHeader trace) {
        String url = addresses.urlOfArn(queueArn).orElseThrow(() -> new SqsDeliveryException("InvalidParameterValue",
                "not an SQS queue ARN: " + queueArn, null));
        SendMessageRequest.Builder request = SendMessageRequest.builder().queueUrl(url).messageBody(body)
                .messageAttributes(messageAttributes(attributes));
        if (trace != null) {
            request.messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                    MessageSystemAttributeValue.builder().dataType("String").stringValue(trace.toString()).build()));
        }
        try {
            return sqs.sendMessage(request.build()).messageId();
        } catch (SqsException e) {
            String code = e.awsErrorDetails() == null ? "SQSException" : e.awsErrorDetails().errorCode();
            throw new SqsDeliveryException(code, e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorMessage(), e);
        } catch (SdkException e) {
            throw new SqsDeliveryException("ServiceUnavailable", e.getMessage(), e);
        }
    }

    private static Map<String, MessageAttributeValue> messageAttributes(Map<String, SqsMessageAttribute> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> values.put(name, MessageAttributeValue.builder()
                .dataType(attribute.dataType()).stringValue(attribute.value()).build()));
        return values;
    }
}
