package dev.orderflow.xray.internal;

import com.amazonaws.xray.entities.Subsegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** SQS {@code SendMessage(Batch)}: the {@code AWSTraceHeader} system attribute, and {@code queue_url} on the subsegment. */
final class SqsMessages {
    static final String TRACE_ATTRIBUTE = "AWSTraceHeader";

    private SqsMessages() {
    }

    static SdkRequest withTraceHeader(SdkRequest sdkRequest, String header, Subsegment call) {
        if (sdkRequest instanceof SendMessageRequest) {
            SendMessageRequest request = (SendMessageRequest) sdkRequest;
            recordQueue(call, request.queueUrl());
            Map<String, MessageSystemAttributeValue> attributes = request.messageSystemAttributesAsStrings();
            if (attributes.containsKey(TRACE_ATTRIBUTE)) {
                return request;
            }
            return request.toBuilder().messageSystemAttributesWithStrings(with(attributes, header)).build();
        }
        SendMessageBatchRequest batch = (SendMessageBatchRequest) sdkRequest;
        recordQueue(call, batch.queueUrl());
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(batch.entries().size());
        for (SendMessageBatchRequestEntry entry : batch.entries()) {
            Map<String, MessageSystemAttributeValue> attributes = entry.messageSystemAttributesAsStrings();
            entries.add(attributes.containsKey(TRACE_ATTRIBUTE) ? entry
                    : entry.toBuilder().messageSystemAttributesWithStrings(with(attributes, header)).build());
        }
        return batch.toBuilder().entries(entries).build();
    }

    private static Map<String, MessageSystemAttributeValue> with(Map<String, MessageSystemAttributeValue> existing,
                                                                 String header) {
        Map<String, MessageSystemAttributeValue> attributes = new HashMap<>(existing);
        attributes.put(TRACE_ATTRIBUTE, MessageSystemAttributeValue.builder().dataType("String").stringValue(header).build());
        return attributes;
    }

    private static void recordQueue(Subsegment call, String queueUrl) {
        if (call.isSampled() && queueUrl != null) {
            call.putAws("queue_url", queueUrl);
        }
    }
}
