package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import java.io.IOException;
import java.util.List;

/** ListTables: names in order, pages of Limit (default and maximum 100). */
final class ListTablesAction implements Action {

    private final Database db;

    ListTablesAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        int limit = Math.min(Requests.limit(request), 100);
        JsonNode limitNode = request.get("Limit");
        if (limitNode != null && limitNode.asInt() > 100) {
            throw Requests.constraint(limitNode.asText(), "limit", "Member must have value less than or equal to 100");
        }
        String start = Requests.text(request, "ExclusiveStartTableName");
        List<String> names = db.tableNames();
        int from = 0;
        if (start != null) {
            while (from < names.size() && names.get(from).compareTo(start) <= 0) {
                from++;
            }
        }
        int to = Math.min(names.size(), from + limit);
        out.writeStartObject();
        out.writeArrayFieldStart("TableNames");
        for (String name : names.subList(from, to)) {
            out.writeString(name);
        }
        out.writeEndArray();
        if (to < names.size()) {
            out.writeStringField("LastEvaluatedTableName", names.get(to - 1));
        }
        out.writeEndObject();
    }
}
