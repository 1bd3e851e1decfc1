package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import java.io.IOException;
import java.util.Map;

/** Small writers shared by the actions. */
final class Responses {

    private Responses() {
    }

    static void item(JsonGenerator out, String field, Map<String, Value> item) throws IOException {
        out.writeFieldName(field);
        ValueCodec.writeItem(out, item);
    }

    /** ConsumedCapacity when ReturnConsumedCapacity is TOTAL or INDEXES (an estimate from sizes). */
    static void capacity(JsonGenerator out, JsonNode request, String table, double units) throws IOException {
        String mode = Requests.text(request, "ReturnConsumedCapacity");
        if (mode == null || mode.equals("NONE")) {
            return;
        }
        out.writeObjectFieldStart("ConsumedCapacity");
        out.writeStringField("TableName", table);
        out.writeNumberField("CapacityUnits", units);
        if (mode.equals("INDEXES")) {
            out.writeObjectFieldStart("Table");
            out.writeNumberField("CapacityUnits", units);
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    static double writeUnits(int bytes) {
        return Math.max(1, Math.ceil(bytes / 1024.0));
    }

    static double readUnits(int bytes, boolean consistent) {
        double units = Math.max(1, Math.ceil(bytes / 4096.0));
        return consistent ? units : units / 2;
    }
}
