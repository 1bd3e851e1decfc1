package dev.orderflow.xray.internal;

import com.amazonaws.xray.contexts.LambdaSegmentContext;
import com.amazonaws.xray.entities.NoOpSegment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.TraceHeader;
import com.amazonaws.xray.entities.TraceID;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Picks the requests that carry messages. It compares class names so that a function without
 * the EventBridge or SQS client never loads either: each service's code sits in its own class,
 * loaded only when that service is called.
 */
public final class MessagingPropagation {
    private static final String PUT_EVENTS = "software.amazon.awssdk.services.eventbridge.model.PutEventsRequest";
    private static final String SEND_MESSAGE = "software.amazon.awssdk.services.sqs.model.SendMessageRequest";
    private static final String SEND_BATCH = "software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest";

    private MessagingPropagation() {
    }

    public static boolean handles(SdkRequest request) {
        String type = request.getClass().getName();
        return type.equals(PUT_EVENTS) || type.equals(SEND_MESSAGE) || type.equals(SEND_BATCH);
    }

    public static SdkRequest propagate(SdkRequest request, Subsegment call) {
        String header = headerFor(call);
        if (header == null) {
            return request;
        }
        String type = request.getClass().getName();
        if (type.equals(PUT_EVENTS)) {
            return EventBridgeEntries.withTraceHeader(request, header, call);
        }
        return SqsMessages.withTraceHeader(request, header, call);
    }

    /**
     * As the X-Ray interceptor does for HTTP, an unsampled trace passes only its root on; but a
     * root the SDK made up because Lambda gave no header is not passed on (null): the messages
     * then leave exactly as they would without the layer.
     */
    static String headerFor(Subsegment call) {
        TraceHeader header = TraceHeader.fromEntity(call);
        if (call.getParentSegment() instanceof NoOpSegment) {
            TraceID given = LambdaSegmentContext.getTraceHeaderFromEnvironment().getRootTraceId();
            return given == null ? null : "Root=" + given;
        }
        return header.toString();
    }
}
