package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;

/** CreateTable: the table is ACTIVE at once (there is nothing to provision). */
final class CreateTableAction implements Action {

    private final Database db;

    CreateTableAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.createTable(TableDefinitionReader.createTable(request, db.clock().millis()));
        out.writeStartObject();
        TableDescriptions.write(out, "TableDescription", table, "ACTIVE");
        out.writeEndObject();
    }
}
