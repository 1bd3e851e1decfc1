package dev.orderflow.localcloud.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.platform.ApiGatewaySegment;
import dev.orderflow.localcloud.xray.platform.FunctionError;
import dev.orderflow.localcloud.xray.platform.LambdaSegments;
import dev.orderflow.localcloud.xray.platform.LambdaTimings;
import dev.orderflow.localcloud.xray.platform.LambdaTraceContext;
import dev.orderflow.localcloud.xray.platform.SegmentDocument;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order as OrderFlow traces it on AWS: API Gateway stage, the order function (its DynamoDB
 * write and EventBridge PutEvents sent by the SDK as independent subsegments), and a consumer
 * invoked by EventBridge with the PutEvents subsegment as parent, which may fail.
 */
public final class OrderTraceFixture {

    public static final String ACCOUNT = "123456789012";
    public static final String ORDER_FN = "orderflow-order";
    public static final String CONSUMER_FN = "orderflow-notify";
    public static final String STAGE_NAME = "orderflow-api/Prod";

    public final String traceId;
    public final List<String> documents = new ArrayList<>();
    public String putEventsSubsegmentId;
    public String functionSegmentId;

    private OrderTraceFixture(String traceId) {
        this.traceId = traceId;
    }

    public static String arn(String function) {
        return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + function;
    }

    /** @param consumerFails whether the consumer function throws */
    public static OrderTraceFixture order(Instant t0, String orderId, boolean consumerFails, boolean coldStart) {
        OrderTraceFixture f = new OrderTraceFixture(SegmentIds.newTraceId(t0));
        String lambdaCallId = SegmentIds.newSegmentId();
        f.documents.add(apiSegment(f.traceId, lambdaCallId, t0).json());

        LambdaTraceContext order = LambdaTraceContext.start(f.traceId, lambdaCallId);
        f.functionSegmentId = order.functionSegmentId();
        Instant invoke = t0.plusMillis(coldStart ? 400 : 5);
        LambdaTimings orderTimings = new LambdaTimings(t0.plusMillis(2), coldStart ? t0.plusMillis(3) : null,
                coldStart ? t0.plusMillis(399) : null, invoke, t0.plusMillis(coldStart ? 480 : 85),
                t0.plusMillis(coldStart ? 482 : 87), t0.plusMillis(coldStart ? 483 : 88));
        LambdaSegments.builder().context(order).functionArn(arn(ORDER_FN)).requestId("req-" + orderId)
                .timings(orderTimings).build().forEach(d -> f.documents.add(d.json()));

        double start = seconds(invoke) + 0.005;
        ObjectNode put = TestDocs.dynamoCall(SegmentIds.newSegmentId(), "Orders", "PutItem", start, start + 0.02);
        f.documents.add(independent(put, f.traceId, order.functionSegmentId()));
        f.putEventsSubsegmentId = SegmentIds.newSegmentId();
        ObjectNode events = TestDocs.segment(f.traceId, f.putEventsSubsegmentId, "EventBridge", start + 0.03, start + 0.05);
        events.put("namespace", "aws");
        events.putObject("aws").put("operation", "PutEvents").put("region", "us-east-1");
        events.putObject("http").putObject("response").put("status", 200);
        events.putObject("annotations").put("order_id", orderId);
        f.documents.add(independent(events, f.traceId, order.functionSegmentId()));

        f.documents.addAll(consumer(f.traceId, f.putEventsSubsegmentId, t0.plusMillis(120), consumerFails, orderId));
        return f;
    }

    private static SegmentDocument apiSegment(String traceId, String lambdaCallId, Instant t0) {
        return ApiGatewaySegment.builder().traceId(traceId).api("a1b2c3d4e5", "orderflow-api", "Prod")
                .account("us-east-1", ACCOUNT).requestId("apigw-" + lambdaCallId, null)
                .request("POST", "https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/Prod/orders", "127.0.0.1", "curl/8.5")
                .response(201, 42).times(t0, t0.plusMillis(90))
                .lambdaIntegration(new ApiGatewaySegment.LambdaIntegration(lambdaCallId, arn(ORDER_FN),
                        t0.plusMillis(1), t0.plusMillis(89), 200, 42))
                .build();
    }

    private static List<String> consumer(String traceId, String parent, Instant t, boolean fails, String orderId) {
        LambdaTraceContext ctx = LambdaTraceContext.start(traceId, parent);
        List<String> docs = new ArrayList<>();
        LambdaSegments.builder().context(ctx).functionArn(arn(CONSUMER_FN)).requestId("req-c-" + orderId)
                .timings(LambdaTimings.warm(t, t.plusMillis(2), t.plusMillis(30), t.plusMillis(31), t.plusMillis(32)))
                .error(fails ? new FunctionError("java.lang.IllegalStateException", "mail server down") : null)
                .build().forEach(d -> docs.add(d.json()));
        double start = seconds(t) + 0.005;
        ObjectNode get = TestDocs.dynamoCall(SegmentIds.newSegmentId(), "Orders", "GetItem", start, start + 0.01);
        docs.add(independent(get, traceId, ctx.functionSegmentId()));
        return docs;
    }

    private static String independent(ObjectNode sub, String traceId, String parentId) {
        sub.put("trace_id", traceId).put("type", "subsegment").put("parent_id", parentId);
        return TestDocs.text(sub);
    }

    static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
}
