package dev.orderflow.xray.internal;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import dev.orderflow.xray.LayerConfig;
import java.util.function.Supplier;

/**
 * The layer's set-up, started when the runtime constructs the tracing handler and done on a thread
 * of its own while the function's own init runs, in the order it is needed: the recorder, the
 * X-Ray interceptor for the SDK clients the function builds, then the handler's tracer (whose JSON
 * warm-up comes last). Whatever needs a piece before the thread got to it does that piece itself.
 */
public final class LayerInit {
    /** How long one piece waits for another it needs (the recorder); past that, untraced. */
    private static final long READY_SECONDS = 10;
    private static final String OFF = "X-Ray tracing is off for this execution environment";
    private static final String SDK_INTERCEPTOR = "software.amazon.awssdk.core.interceptor.ExecutionInterceptor";

    private final InitTask<InvocationTracer> tracer;

    private LayerInit(InitTask<InvocationTracer> tracer) {
        this.tracer = tracer;
    }

    /** Starts the set-up; never throws. */
    public static LayerInit start(LayerConfig config, Supplier<AWSXRayRecorder> recorder,
                                  Supplier<DaemonConfiguration> daemon, ClassLoader functionLoader) {
        boolean sdk = usesAwsSdk(functionLoader);
        if (!config.enabled()) {
            if (sdk) {
                SdkCallTracing.off();
            }
            return new LayerInit(new InitTask<>("init", OFF, InvocationTracer::disabled));
        }
        InitTask<AWSXRayRecorder> readyRecorder = new InitTask<>("init", OFF,
                () -> LayerRecorder.configure(recorder, daemon));
        InitTask<?> sdkTracing = sdk ? SdkCallTracing.prepare(readyRecorder) : null;
        InitTask<InvocationTracer> tracer = new InitTask<>("init", OFF,
                () -> InvocationTracer.create(config, readyRecorder.get(READY_SECONDS)));
        Thread thread = new Thread(() -> {
            readyRecorder.run();
            if (sdkTracing != null) {
                sdkTracing.run();
            }
            tracer.run();
        }, "xray-layer-init");
        thread.setDaemon(true);
        thread.start();
        return new LayerInit(tracer);
    }

    /** The handler's tracer, waiting at most {@code timeoutSeconds} for it; the disabled one if not ready. */
    public InvocationTracer tracer(long timeoutSeconds) {
        InvocationTracer ready = tracer.get(timeoutSeconds);
        return ready == null ? InvocationTracer.disabled() : ready;
    }

    /** A function without the AWS SDK v2 never loads its classes because of the layer. */
    private static boolean usesAwsSdk(ClassLoader functionLoader) {
        try {
            Class.forName(SDK_INTERCEPTOR, false, functionLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
