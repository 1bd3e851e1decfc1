package dev.orderflow.xray;

import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import dev.orderflow.xray.internal.LayerLog;
import dev.orderflow.xray.internal.MessagingPropagation;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Carries the trace through messages, where the X-Ray SDK's own interceptor stops: sets each
 * EventBridge {@code PutEvents} entry's {@code TraceHeader} and each SQS message's
 * {@code AWSTraceHeader} system attribute, and records the bus, detail types and queue URL on
 * the call's subsegment (opened by {@link SdkCallTracingInterceptor}: without one, the request is
 * left as it is). Registered for every AWS SDK v2 client by the class-path resource
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}; a value the caller set
 * is never overwritten, and a failure here leaves the request as it was.
 */
public final class TracePropagationInterceptor implements ExecutionInterceptor {
    /** The layer's off switch also stops header injection (read once per execution environment). */
    private static final boolean ENABLED = LayerConfig.enabled(System.getenv());

    @Override
    @SuppressWarnings("deprecation") // the X-Ray interceptor's public key for the call's subsegment
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        try {
            if (!ENABLED || !MessagingPropagation.handles(request) || !SdkCallTracingInterceptor.traced(attributes)) {
                return request;
            }
            Subsegment call = attributes.getAttribute(TracingInterceptor.entityKey);
            if (call == null || !call.shouldPropagate()) {
                return request;
            }
            return MessagingPropagation.propagate(request, call);
        } catch (Throwable t) {
            LayerLog.warnOnce("propagate", "could not add the trace header to " + request.getClass().getSimpleName(), t);
            return request;
        }
    }
}
