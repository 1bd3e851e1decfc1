package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;

/** DeleteTable: gone at once; the response says DELETING, as DynamoDB does. */
final class DeleteTableAction implements Action {

    private final Database db;

    DeleteTableAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        String name = Requests.tableName(request);
        if (db.tableOrNull(name) == null) {
            throw DynamoDbError.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        }
        Table table = db.deleteTable(name);
        out.writeStartObject();
        TableDescriptions.write(out, "TableDescription", table, "DELETING");
        out.writeEndObject();
    }
}
