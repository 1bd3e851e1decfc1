package dev.orderflow.xray.internal;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Subsegment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** One invocation's {@code ## <method>} subsegment, from the handler's start to its result. */
public final class TracedInvocation {
    static final TracedInvocation NONE = new TracedInvocation(null, null, null, null);

    private final AWSXRayRecorder recorder;
    private final Subsegment subsegment;
    private final InvocationTracer tracer;
    private final EventFacts event;

    TracedInvocation(AWSXRayRecorder recorder, Subsegment subsegment, InvocationTracer tracer, EventFacts event) {
        this.recorder = recorder;
        this.subsegment = subsegment;
        this.tracer = tracer;
        this.event = event;
    }

    /** The handler returned {@code output}: record an API response's status, then end. Never throws. */
    public void succeeded(byte[] output) {
        if (subsegment == null) {
            return;
        }
        try {
            if (event != null && subsegment.isSampled()) {
                recordResponse(output);
            }
        } catch (Throwable t) {
            LayerLog.warnOnce("record-response", "could not record the response on the trace", t);
        } finally {
            end();
        }
    }

    /** The handler threw: mark the subsegment as a fault with the exception as its cause, then end. */
    public void failed(Throwable error) {
        if (subsegment == null) {
            return;
        }
        try {
            if (subsegment.isSampled()) {
                subsegment.addException(error);
            }
        } catch (Throwable t) {
            LayerLog.warnOnce("record-error", "could not record the handler's exception on the trace", t);
        } finally {
            end();
        }
    }

    private void recordResponse(byte[] output) {
        boolean wantTree = event.isApiGateway() || tracer.capturesBodies() || tracer.annotatesKeys();
        if (!wantTree) {
            return;
        }
        ResponseFacts response = ResponseFacts.read(tracer.mapper(), output);
        if (event.isApiGateway()) {
            markStatus(response.statusCode());
        }
        JsonNode tree = response.tree();
        if (tree != null && tree.isObject()) {
            tracer.annotateMissingKeys(subsegment, event, tree);
        }
        if (tracer.capturesBodies() && tree != null) {
            subsegment.putMetadata("payload", "response", tracer.redactor().redact(tree));
        }
    }

    private void markStatus(int status) {
        if (status < 0) {
            return;
        }
        Map<String, Object> http = new HashMap<>();
        http.put("status", status);
        subsegment.putHttp("response", http);
        if (status == 429) {
            subsegment.setThrottle(true);
            subsegment.setError(true);
        } else if (status >= 500) {
            subsegment.setFault(true);
        } else if (status >= 400) {
            subsegment.setError(true);
        }
    }

    private void end() {
        try {
            if (recorder.getTraceEntity() == subsegment) {
                recorder.endSubsegment();
            } else {
                // Something in the function left its own entity current: end ours explicitly,
                // then start the next invocation from a clean context.
                recorder.endSubsegment(subsegment);
                recorder.clearTraceEntity();
            }
        } catch (Throwable t) {
            LayerLog.warnOnce("end", "could not end the handler subsegment", t);
            try {
                recorder.clearTraceEntity();
            } catch (Throwable ignored) {
                // nothing more can be done; the next invocation starts from a fresh header anyway
            }
        }
    }
}
