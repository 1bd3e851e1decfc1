package dev.orderflow.localcloud.launcher.internal.xray;

import dev.orderflow.localcloud.apigateway.ApiListener;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.trace.TraceIds;
import dev.orderflow.localcloud.xray.SegmentEmitter;
import dev.orderflow.localcloud.xray.platform.ApiGatewaySegment;
import dev.orderflow.localcloud.xray.platform.ApiGatewaySegment.LambdaIntegration;
import dev.orderflow.localcloud.xray.platform.SegmentDocument;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * API Gateway's side of X-Ray, for stages with {@code TracingEnabled}: a sampled request gets a
 * stage segment ({@code <api>/<stage>}) whose {@code Lambda} subsegment is the Parent handed to the
 * function, so that the {@code AWS::Lambda} segment hangs under it; the caller's Parent, if any,
 * becomes the stage segment's parent. Unsampled requests emit nothing.
 */
final class ApiTracing implements ApiListener {

    private final SegmentEmitter emitter;
    private final String region;
    private final String accountId;
    private final String apiUrl;
    private final UnaryOperator<String> functionArn;
    private final PendingTraces<Stage> pending = new PendingTraces<>(Duration.ofMinutes(10));
    private final TracingFailures failures;

    /** @param functionArn a route's function (name or ARN) to its ARN */
    ApiTracing(SegmentEmitter emitter, String region, String accountId, String apiUrl, UnaryOperator<String> functionArn,
            TracingFailures failures) {
        this.emitter = emitter;
        this.region = region;
        this.accountId = accountId;
        this.apiUrl = apiUrl;
        this.functionArn = functionArn;
        this.failures = failures;
    }

    @Override
    public TraceHeader integrationTrace(RestApi api, TraceHeader incoming) {
        if (!api.tracingEnabled() || !incoming.isSampled()) {
            return incoming.withParent(TraceIds.newSegmentId());
        }
        String lambdaCall = SegmentIds.newSegmentId();
        pending.put(lambdaCall, new Stage(SegmentIds.newSegmentId(), incoming.parent().orElse(null)));
        return incoming.withParent(lambdaCall);
    }

    @Override
    public void completed(ApiRequestRecord record) {
        TraceHeader trace = record.trace();
        String lambdaCall = trace == null ? null : trace.parent().orElse(null);
        Stage stage = trace == null || !trace.isSampled() ? null : pending.remove(lambdaCall);
        if (stage == null) {
            return;
        }
        try {
            emitter.emit(segment(record, stage, lambdaCall).json());
        } catch (RuntimeException e) {
            failures.record("stage segment of " + record.api().name(), e);
        }
    }

    private SegmentDocument segment(ApiRequestRecord record, Stage stage, String lambdaCall) {
        RestApi api = record.api();
        ApiGatewaySegment.Builder segment = ApiGatewaySegment.builder().traceId(record.trace().root()).id(stage.id)
                .parentId(stage.callerParent).api(api.restApiId(), api.name(), api.stageName()).account(region, accountId)
                .requestId(record.requestId(), record.requestId().substring(0, 8) + "=")
                .request(record.httpMethod(), apiUrl + record.url(), record.clientIp(), record.userAgent())
                .response(record.status(), record.responseLength())
                .times(Instant.ofEpochMilli(record.startedAt()), Instant.ofEpochMilli(record.endedAt()));
        LambdaCall call = record.lambdaCall();
        if (call != null) {
            // No answer from Lambda (integration timeout): the call carries the gateway's own status.
            int status = call.status() == 0 ? record.status() : call.status();
            segment.lambdaIntegration(new LambdaIntegration(lambdaCall, functionArn.apply(call.function()),
                    Instant.ofEpochMilli(call.startedAt()), Instant.ofEpochMilli(call.endedAt()), status,
                    call.responseLength()));
        }
        return segment.build();
    }

    int pendingRequests() {
        return pending.size();
    }

    /** The stage segment's id, fixed before the integration runs, and the caller's Parent (or null). */
    private record Stage(String id, String callerParent) {
    }
}
