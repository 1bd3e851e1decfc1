package dev.orderflow.xray;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import dev.orderflow.xray.internal.InvocationTracer;
import dev.orderflow.xray.internal.LayerInit;
import dev.orderflow.xray.internal.OriginalHandler;
import dev.orderflow.xray.internal.OriginalHandlers;
import dev.orderflow.xray.internal.TracedInvocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * The handler Lambda runs when the layer is attached: the wrapper script points {@code _HANDLER}
 * here and leaves the function's own handler in {@code XRAY_LAYER_HANDLER}. It loads that
 * handler as the Java runtime would, and runs each invocation inside a {@code ## <method>}
 * subsegment. The function's result and errors pass through unchanged; tracing problems are
 * logged and never reach the caller.
 */
public final class TracingHandler implements RequestStreamHandler {
    /** How long init waits for the tracer built alongside the function; past that, untraced. */
    private static final long TRACER_READY_SECONDS = 10;

    private final OriginalHandler original;
    private final InvocationTracer tracer;
    private final long initDurationMs;

    /** Called by the Lambda runtime, once per execution environment. */
    public TracingHandler() throws Throwable {
        this(LayerConfig.fromEnvironment(System.getenv()), AWSXRay::getGlobalRecorder, DaemonConfiguration::new);
    }

    /** Tests: an explicit configuration, recorder and daemon address. */
    TracingHandler(LayerConfig config, Supplier<AWSXRayRecorder> recorder, Supplier<DaemonConfiguration> daemon)
            throws Throwable {
        long start = System.nanoTime();
        // The recorder, the SDK interceptor and the JSON machinery are set up while the function's
        // own init runs: on more than one core that is then off the cold start's critical path.
        LayerInit init = LayerInit.start(config, recorder, daemon, functionClassLoader());
        this.original = OriginalHandlers.load(config.originalHandler(), functionClassLoader());
        this.tracer = init.tracer(TRACER_READY_SECONDS);
        this.initDurationMs = initDurationMs(start);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] event = input.readAllBytes();
        TracedInvocation invocation = tracer.begin(original.methodName(), event, context, initDurationMs);
        byte[] result;
        try {
            result = original.invoke(event, context);
        } catch (Throwable error) {
            invocation.failed(error);
            throw Rethrow.<RuntimeException>unchecked(error);
        }
        invocation.succeeded(result);
        output.write(result);
    }

    /** The runtime makes the function's class loader the context loader before loading handlers. */
    private static ClassLoader functionClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TracingHandler.class.getClassLoader();
    }

    /** Init as Lambda counts it: from JVM start, or from this constructor if the start is unknown. */
    private static long initDurationMs(long constructorStartNanos) {
        long now = System.currentTimeMillis();
        return ProcessHandle.current().info().startInstant()
                .map(started -> now - started.toEpochMilli())
                .orElse((System.nanoTime() - constructorStartNanos) / 1_000_000);
    }

    /** Rethrows the function's own exception, checked or not, exactly as it was thrown. */
    private static final class Rethrow {
        private Rethrow() {
        }

        @SuppressWarnings("unchecked")
        static <T extends Throwable> T unchecked(Throwable t) throws T {
            throw (T) t;
        }
    }
}
