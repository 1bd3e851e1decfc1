package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Subsegment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.xray.LayerConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens the {@code ## <method>} subsegment of each invocation under the function segment Lambda
 * hands over, with the layer's annotations and metadata. Built once per execution environment;
 * if building it fails, {@link #disabled()} stands in and the function runs untraced.
 */
public final class InvocationTracer {
    private static final InvocationTracer DISABLED = new InvocationTracer();

    private final AWSXRayRecorder recorder;
    private final LayerConfig config;
    private final ObjectMapper mapper;
    private final EventInspector inspector;
    private final BodyRedactor redactor;
    private final AtomicBoolean coldStart = new AtomicBoolean(true);

    private InvocationTracer() {
        this.recorder = null;
        this.config = null;
        this.mapper = null;
        this.inspector = null;
        this.redactor = null;
    }

    private InvocationTracer(AWSXRayRecorder recorder, LayerConfig config) {
        this.recorder = recorder;
        this.config = config;
        this.mapper = new ObjectMapper();
        this.inspector = new EventInspector(mapper, config.annotateKeys());
        this.redactor = new BodyRedactor(mapper, config);
    }

    /** A tracer that records nothing: the off switch, or what stands in when tracing cannot start. */
    public static InvocationTracer disabled() {
        return DISABLED;
    }

    /**
     * A tracer recording through {@code recorder} (readied by {@link LayerRecorder}), or the disabled
     * one when the layer is off or the recorder could not start. Never throws.
     */
    public static InvocationTracer create(LayerConfig config, AWSXRayRecorder recorder) {
        if (!config.enabled() || recorder == null) {
            return DISABLED;
        }
        try {
            InvocationTracer tracer = new InvocationTracer(recorder, config);
            tracer.warmUp();
            return tracer;
        } catch (Throwable t) {
            LayerLog.warnOnce("init", "X-Ray tracing is off for this execution environment", t);
            return DISABLED;
        }
    }

    /**
     * Runs once, at init, what the first invocation would otherwise pay for: loading and linking
     * the JSON paths that read events. (The document writer is readied by {@link LayerEmitter#prepare}.)
     */
    private void warmUp() {
        inspector.inspect("{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"{}\"}]}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts the invocation's subsegment, named {@code ## <method>}. Never throws; returns an
     * inert invocation on failure.
     */
    public TracedInvocation begin(String methodName, byte[] event, Context context, long initDurationMs) {
        if (recorder == null) {
            return TracedInvocation.NONE;
        }
        boolean cold = coldStart.getAndSet(false);
        Subsegment subsegment = null;
        try {
            subsegment = recorder.beginSubsegment("## " + methodName);
            if (!subsegment.isSampled()) {
                return new TracedInvocation(recorder, subsegment, this, null);
            }
            EventFacts facts = inspector.inspect(event);
            annotate(subsegment, cold, facts);
            describe(subsegment, cold ? initDurationMs : -1, context, facts);
            return new TracedInvocation(recorder, subsegment, this, facts);
        } catch (Throwable t) {
            LayerLog.warnOnce("begin", "could not start the handler subsegment; this invocation is untraced", t);
            return subsegment == null ? clearContext() : new TracedInvocation(recorder, subsegment, this, null);
        }
    }

    private TracedInvocation clearContext() {
        try {
            recorder.clearTraceEntity();
        } catch (Throwable ignored) {
            // the context was never set
        }
        return TracedInvocation.NONE;
    }

    private void annotate(Subsegment s, boolean cold, EventFacts facts) {
        s.putAnnotation("ColdStart", cold);
        s.putAnnotation("Service", config.service());
        s.putAnnotation("Environment", config.environment());
        s.putAnnotation("EventSource", facts.source());
        putKeys(s, facts.businessKeys());
        if (!facts.upstreamTraceIds().isEmpty()) {
            s.putAnnotation("UpstreamTraceId", facts.upstreamTraceIds().get(0));
        }
    }

    private void describe(Subsegment s, long initDurationMs, Context context, EventFacts facts) {
        Map<String, Object> lambda = new LinkedHashMap<>();
        if (context != null) {
            lambda.put("function_name", context.getFunctionName());
            lambda.put("function_version", context.getFunctionVersion());
            lambda.put("memory_mb", context.getMemoryLimitInMB());
            lambda.put("request_id", context.getAwsRequestId());
            lambda.put("log_stream", context.getLogStreamName());
        }
        if (initDurationMs >= 0) {
            lambda.put("init_duration_ms", initDurationMs);
        }
        if (!facts.upstreamTraceIds().isEmpty()) {
            lambda.put("upstream_trace_ids", facts.upstreamTraceIds());
        }
        lambda.forEach((key, value) -> s.putMetadata("lambda", key, value));
        if (config.captureBodies() && facts.tree() != null) {
            s.putMetadata("payload", "request", redactor.redact(facts.tree()));
        }
    }

    void annotateMissingKeys(Subsegment s, EventFacts facts, JsonNode response) {
        if (config.annotateKeys().size() == facts.businessKeys().size()) {
            return;
        }
        Map<String, Object> fromResponse = inspector.keysInResponse(response);
        fromResponse.keySet().removeAll(facts.businessKeys().keySet());
        putKeys(s, fromResponse);
    }

    private static void putKeys(Subsegment s, Map<String, Object> keys) {
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            String name = annotationName(key.getKey());
            Object value = key.getValue();
            if (value instanceof Boolean) {
                s.putAnnotation(name, (Boolean) value);
            } else if (value instanceof Number) {
                s.putAnnotation(name, (Number) value);
            } else {
                s.putAnnotation(name, String.valueOf(value));
            }
        }
    }

    /** Annotation keys are searchable only with letters, digits and underscores. */
    static String annotationName(String key) {
        return key.replaceAll("[^A-Za-z0-9_]", "_");
    }

    boolean capturesBodies() {
        return config.captureBodies();
    }

    boolean annotatesKeys() {
        return !config.annotateKeys().isEmpty();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    BodyRedactor redactor() {
        return redactor;
    }
}
