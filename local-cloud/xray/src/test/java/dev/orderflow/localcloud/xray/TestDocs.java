package dev.orderflow.localcloud.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Segment documents for tests, shaped as the X-Ray SDKs write them. */
public final class TestDocs {

    private TestDocs() {
    }

    public static String traceId() {
        return SegmentIds.newTraceId(Instant.now());
    }

    public static String id() {
        return SegmentIds.newSegmentId();
    }

    public static double now() {
        return System.currentTimeMillis() / 1000.0;
    }

    /** A complete segment. */
    public static ObjectNode segment(String traceId, String id, String name, double start, double end) {
        ObjectNode json = Json.object();
        json.put("trace_id", traceId);
        json.put("id", id);
        json.put("name", name);
        json.put("start_time", start);
        json.put("end_time", end);
        return json;
    }

    /** An independent subsegment, as a facade segment in Lambda sends them. */
    public static ObjectNode subsegment(String traceId, String id, String parentId, String name, double start, double end) {
        ObjectNode json = segment(traceId, id, name, start, end);
        json.put("type", "subsegment");
        json.put("parent_id", parentId);
        return json;
    }

    /** A DynamoDB call as the X-Ray SDK's AWS SDK v2 interceptor records it. */
    public static ObjectNode dynamoCall(String id, String table, String operation, double start, double end) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", "DynamoDb");
        json.put("start_time", start);
        json.put("end_time", end);
        json.put("namespace", "aws");
        json.putObject("http").putObject("response").put("status", 200);
        json.putObject("aws").put("operation", operation).put("region", "us-east-1")
                .put("table_name", table).put("request_id", "REQ" + id);
        return json;
    }

    public static byte[] bytes(ObjectNode json) {
        return Json.text(json).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(ObjectNode json) {
        return Json.text(json);
    }
}
