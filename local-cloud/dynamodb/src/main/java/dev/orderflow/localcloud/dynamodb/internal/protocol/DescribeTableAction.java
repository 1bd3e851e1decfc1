package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;

/** DescribeTable. */
final class DescribeTableAction implements Action {

    private final Database db;

    DescribeTableAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        String name = Requests.tableName(request);
        Table table = db.tableOrNull(name);
        if (table == null) {
            throw DynamoDbError.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        }
        out.writeStartObject();
        TableDescriptions.write(out, "Table", table, "ACTIVE");
        out.writeEndObject();
    }
}
