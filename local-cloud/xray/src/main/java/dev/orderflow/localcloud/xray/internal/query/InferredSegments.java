package dev.orderflow.localcloud.xray.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.InferredTypes;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure.OwnedCall;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The segments X-Ray infers for downstream calls: the call's name, times, {@code http},
 * {@code aws} and {@code sql} blocks and flags, {@code inferred: true}, the inferred origin, and the
 * call as parent. The id is derived from the call's, so repeated reads return the same document.
 */
final class InferredSegments {

    private static final List<String> COPIED = List.of("http", "aws", "sql", "error", "throttle", "fault", "cause");

    private InferredSegments() {
    }

    static List<ObjectNode> of(TraceStructure structure, Map<String, ObjectNode> entities, String traceId) {
        List<OwnedCall> calls = new ArrayList<>(structure.calls());
        calls.sort(Comparator.comparingDouble(owned -> owned.call().start()));
        List<ObjectNode> result = new ArrayList<>();
        for (OwnedCall owned : calls) {
            if (!structure.calleeInstrumented(owned.call())) {
                result.add(inferred(owned.call(), entities.get(owned.call().id()), traceId));
            }
        }
        return result;
    }

    private static ObjectNode inferred(Call call, ObjectNode source, String traceId) {
        ObjectNode json = Json.object();
        json.put("id", derivedId(call.id()));
        json.put("name", call.name());
        json.put("start_time", call.start());
        json.put("trace_id", traceId);
        if (!Double.isNaN(call.end())) {
            json.put("end_time", call.end());
        } else {
            json.put("in_progress", true);
        }
        json.put("parent_id", call.id());
        json.put("inferred", true);
        if (source != null) {
            for (String field : COPIED) {
                JsonNode value = source.get(field);
                if (value != null) {
                    json.set(field, value.deepCopy());
                }
            }
        }
        json.put("origin", InferredTypes.originOf(call));
        return json;
    }

    /** A fixed bijection of the call's 64-bit id: distinct calls keep distinct inferred ids. */
    static String derivedId(String callId) {
        long value = Long.parseUnsignedLong(callId, 16);
        value ^= 0x5DEECE66DL;
        value *= 0x9E3779B97F4A7C15L;
        value ^= value >>> 29;
        return String.format("%016x", value);
    }
}
