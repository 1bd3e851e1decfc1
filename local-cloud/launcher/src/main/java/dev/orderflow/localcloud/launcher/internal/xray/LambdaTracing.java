package dev.orderflow.localcloud.launcher.internal.xray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationListener;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.trace.TraceHeader.Sampling;
import dev.orderflow.localcloud.trace.TraceIds;
import dev.orderflow.localcloud.xray.SegmentEmitter;
import dev.orderflow.localcloud.xray.XRaySampler;
import dev.orderflow.localcloud.xray.platform.FunctionError;
import dev.orderflow.localcloud.xray.platform.LambdaSegments;
import dev.orderflow.localcloud.xray.platform.LambdaTimings;
import dev.orderflow.localcloud.xray.platform.LambdaTraceContext;
import dev.orderflow.localcloud.xray.platform.SegmentDocument;
import dev.orderflow.localcloud.xray.platform.TraceLink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda's side of X-Ray: decides whether an invocation is traced (the caller's decision; else, with
 * {@code Tracing: Active}, the sampling rules; with PassThrough, not), hands the function a header
 * whose Parent is its {@code AWS::Lambda::Function} segment, and emits the {@code AWS::Lambda} and
 * {@code AWS::Lambda::Function} segments when the invocation ends. An SQS batch starts a new trace
 * linked to its senders' traces. Unsampled invocations emit nothing.
 */
final class LambdaTracing implements InvocationListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SegmentEmitter emitter;
    private final XRaySampler sampler;
    private final Map<String, Boolean> activeTracing;
    private final PendingTraces<Pending> pending = new PendingTraces<>(Duration.ofHours(1));
    private final TracingFailures failures;

    /** @param activeTracing by function name: true for {@code Tracing: Active}, false for PassThrough */
    LambdaTracing(SegmentEmitter emitter, XRaySampler sampler, Map<String, Boolean> activeTracing, TracingFailures failures) {
        this.emitter = emitter;
        this.sampler = sampler;
        this.activeTracing = Map.copyOf(activeTracing);
        this.failures = failures;
    }

    @Override
    public TraceHeader functionTrace(FunctionConfig function, String requestId, TraceHeader upstream) {
        return functionTrace(function, requestId, Invocation.of(new byte[0], upstream));
    }

    @Override
    public TraceHeader functionTrace(FunctionConfig function, String requestId, Invocation invocation) {
        try {
            return start(function, invocation);
        } catch (RuntimeException e) {
            failures.record("trace of " + function.name(), e);
            TraceHeader upstream = invocation.upstreamTrace();
            return (upstream != null ? upstream : TraceHeader.newTrace(false)).withParent(TraceIds.newSegmentId());
        }
    }

    private TraceHeader start(FunctionConfig function, Invocation invocation) {
        List<TraceLink> links = invocation.linkedTraces().stream()
                .flatMap(sender -> TraceLink.fromTraceHeader(sender.toString()).stream()).toList();
        TraceHeader upstream = invocation.linkedTraces().isEmpty() ? invocation.upstreamTrace() : null;
        boolean sampled = upstream != null && upstream.sampling() == Sampling.SAMPLED
                || (upstream == null || upstream.sampling() != Sampling.NOT_SAMPLED) && sampledHere(function);
        TraceHeader trace = upstream == null ? TraceHeader.newTrace(sampled)
                : upstream.withSampling(sampled ? Sampling.SAMPLED : Sampling.NOT_SAMPLED);
        if (!sampled) {
            return trace.withParent(TraceIds.newSegmentId());
        }
        LambdaTraceContext context = LambdaTraceContext.start(trace.root(), trace.parent().orElse(null));
        pending.put(context.functionSegmentId(), new Pending(context, links));
        return trace.withParent(context.functionSegmentId());
    }

    private boolean sampledHere(FunctionConfig function) {
        return activeTracing.getOrDefault(function.name(), false) && sampler.decide(new XRaySampler.SamplingRequest(
                function.name(), "AWS::Lambda::Function", null, null, null, function.arn())).sampled();
    }

    @Override
    public void invoked(FunctionConfig function, InvocationRecord record) {
        TraceHeader trace = record.functionTrace();
        Pending started = trace == null || !trace.isSampled() ? null : pending.remove(trace.parent().orElse(null));
        if (started == null) {
            return;
        }
        try {
            for (SegmentDocument document : segments(function, record, started)) {
                emitter.emit(document.json());
            }
        } catch (RuntimeException e) {
            failures.record("Lambda segments of " + function.name(), e);
        }
    }

    private static List<SegmentDocument> segments(FunctionConfig function, InvocationRecord record, Pending started) {
        InvocationResult result = record.result();
        return LambdaSegments.builder().context(started.context).functionArn(function.arn())
                .requestId(result.requestId()).timings(timings(record)).links(started.links)
                .error(result.status() == InvocationResult.Status.FUNCTION_ERROR ? error(result) : null).build();
    }

    private static LambdaTimings timings(InvocationRecord record) {
        Instant received = Instant.ofEpochMilli(record.receivedAt());
        Instant invokeStart = record.invokeStartedAt() > 0 ? Instant.ofEpochMilli(record.invokeStartedAt()) : received;
        Instant invokeEnd = Instant.ofEpochMilli(Math.max(record.invokeEndedAt(), invokeStart.toEpochMilli()));
        Instant serviceEnd = Instant.ofEpochMilli(Math.max(System.currentTimeMillis(), invokeEnd.toEpochMilli()));
        if (record.initStartedAt() == 0) {
            return LambdaTimings.warm(received, invokeStart, invokeEnd, null, serviceEnd);
        }
        return new LambdaTimings(received, Instant.ofEpochMilli(record.initStartedAt()),
                Instant.ofEpochMilli(record.initEndedAt()), invokeStart, invokeEnd, null, serviceEnd);
    }

    /** The function's error document ({@code errorType}, {@code errorMessage}), as the Runtime API received it. */
    private static FunctionError error(InvocationResult result) {
        String message = null;
        try {
            JsonNode document = JSON.readTree(result.payload());
            message = document == null ? null : document.path("errorMessage").asText(null);
        } catch (IOException e) {
            message = null;
        }
        return new FunctionError(Optional.ofNullable(result.errorType()).orElse("Unhandled"), message);
    }

    int pendingInvocations() {
        return pending.size();
    }

    private record Pending(LambdaTraceContext context, List<TraceLink> links) {
    }
}
