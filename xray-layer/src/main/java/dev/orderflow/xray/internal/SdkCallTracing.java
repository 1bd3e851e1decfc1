package dev.orderflow.xray.internal;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The X-Ray SDK's {@link TracingInterceptor}, one for all the function's SDK clients (it keeps no
 * per-client state; the AWS SDK would otherwise create one per client, each parsing the X-Ray
 * SDK's operation manifest again). The layer's init thread builds it while the function's own
 * init runs; an SDK call that comes first builds it itself or waits for the build under way, so
 * it is traced all the same.
 */
public final class SdkCallTracing {
    /** Past this, an SDK call stops waiting for the set-up and goes untraced. */
    private static final long READY_SECONDS = 10;
    private static final String UNTRACED = "AWS SDK calls are not traced in this execution environment";

    /** Until the tracing handler prepares it (the layer's script swapped the handler): the global recorder. */
    private static volatile InitTask<ExecutionInterceptor> shared = new InitTask<>("sdk-tracing", UNTRACED, () -> {
        RuntimeJackson.require();
        return new TracingInterceptor();
    });

    private SdkCallTracing() {
    }

    /** The interceptor records through {@code recorder} once that is ready; returns the task to run at init. */
    public static InitTask<ExecutionInterceptor> prepare(InitTask<AWSXRayRecorder> recorder) {
        InitTask<ExecutionInterceptor> task = new InitTask<>("sdk-tracing", UNTRACED, () -> {
            AWSXRayRecorder ready = recorder.get(READY_SECONDS);
            return ready == null ? null : new TracingInterceptor(ready, null, null);
        });
        shared = task;
        return task;
    }

    /** The layer is off: SDK calls are left alone. */
    public static void off() {
        shared = new InitTask<>("sdk-tracing", UNTRACED, () -> null);
    }

    /** The X-Ray interceptor to hand an SDK call to, or null when calls go untraced. */
    public static ExecutionInterceptor interceptor() {
        return shared.get(READY_SECONDS);
    }
}
