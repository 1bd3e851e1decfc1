package dev.orderflow.xray;

import dev.orderflow.xray.internal.LayerLog;
import dev.orderflow.xray.internal.SdkCallTracing;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Makes every AWS SDK v2 call a subsegment: hands each call to the X-Ray SDK's own
 * {@code TracingInterceptor} (the one the X-Ray instrumentor registers), shared by all clients
 * and built at init off the function's thread. Registered for every client by the class-path
 * resource {@code software/amazon/awssdk/global/handlers/execution.interceptors}, in place of the
 * instrumentor's registration, so that building a client costs nothing, the layer's off switch
 * also stops it, and an X-Ray SDK that cannot start leaves the calls untraced instead of failing
 * them.
 */
public final class SdkCallTracingInterceptor implements ExecutionInterceptor {
    private static final boolean ENABLED = LayerConfig.enabled(System.getenv());
    /** The X-Ray interceptor a call started with: every later hook of that call goes to the same one. */
    private static final ExecutionAttribute<ExecutionInterceptor> XRAY =
            new ExecutionAttribute<>("OrderFlow X-Ray layer: SDK call tracing");

    /** True when the X-Ray interceptor is recording this call (it opened the call's subsegment). */
    static boolean traced(ExecutionAttributes attributes) {
        return attributes.getAttribute(XRAY) != null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!ENABLED) {
            return;
        }
        try {
            ExecutionInterceptor xray = SdkCallTracing.interceptor();
            if (xray != null) {
                attributes.putAttribute(XRAY, xray);
                xray.beforeExecution(context, attributes);
            }
        } catch (Throwable t) {
            problem(t);
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        ExecutionInterceptor xray = attributes.getAttribute(XRAY);
        if (xray == null) {
            return context.httpRequest();
        }
        try {
            return xray.modifyHttpRequest(context, attributes);
        } catch (Throwable t) {
            problem(t);
            return context.httpRequest();
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        ExecutionInterceptor xray = attributes.getAttribute(XRAY);
        try {
            if (xray != null) {
                xray.beforeTransmission(context, attributes);
            }
        } catch (Throwable t) {
            problem(t);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        ExecutionInterceptor xray = attributes.getAttribute(XRAY);
        try {
            if (xray != null) {
                xray.afterExecution(context, attributes);
            }
        } catch (Throwable t) {
            problem(t);
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        ExecutionInterceptor xray = attributes.getAttribute(XRAY);
        try {
            if (xray != null) {
                xray.onExecutionFailure(context, attributes);
            }
        } catch (Throwable t) {
            problem(t);
        }
    }

    private static void problem(Throwable t) {
        LayerLog.warnOnce("sdk-call", "could not record an AWS SDK call on the trace; the call itself is unaffected", t);
    }
}
