package dev.orderflow.xray.internal;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.contexts.LambdaSegmentContext;
import com.amazonaws.xray.contexts.SegmentContextResolverChain;
import java.net.SocketException;
import java.util.function.Supplier;

/**
 * Readies the X-Ray recorder the layer records through: it follows the trace header Lambda hands
 * each invocation and sends through a {@link LayerEmitter}. The handler subsegment and the SDK call
 * subsegments share it.
 */
public final class LayerRecorder {
    private LayerRecorder() {
    }

    /** Checks the runtime's Jackson first (see {@link RuntimeJackson}); throws when tracing cannot start. */
    public static AWSXRayRecorder configure(Supplier<AWSXRayRecorder> recorder, Supplier<DaemonConfiguration> daemon)
            throws SocketException {
        RuntimeJackson.require();
        AWSXRayRecorder r = recorder.get();
        if (!(r.getSegmentContextResolverChain().resolve() instanceof LambdaSegmentContext)) {
            LambdaSegmentContext lambda = new LambdaSegmentContext();
            SegmentContextResolverChain chain = new SegmentContextResolverChain();
            chain.addResolver(() -> lambda);
            r.setSegmentContextResolverChain(chain);
        }
        if (!(r.getEmitter() instanceof LayerEmitter)) {
            LayerEmitter emitter = new LayerEmitter(daemon.get());
            emitter.prepare(r);
            r.setEmitter(emitter);
        }
        return r;
    }
}
