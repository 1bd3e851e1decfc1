package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchWriteItem: up to 25 puts and deletes. The whole request is validated before anything is
 * written; each write is atomic on its own (not the batch), and UnprocessedItems is always empty.
 */
final class BatchWriteItemAction implements Action {

    private static final int MAX_WRITES = 25;
    private final Database db;

    BatchWriteItemAction(Database db) {
        this.db = db;
    }

    private record Write(Table table, Key key, Map<String, Value> item) {
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        JsonNode requestItems = Requests.requiredObject(request, "RequestItems", "requestItems");
        List<Write> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            Table table = db.table(e.getKey());
            if (!e.getValue().isArray()) {
                throw Requests.wrongType("RequestItems", "a map of lists");
            }
            for (JsonNode entry : e.getValue()) {
                Write write = parse(table, entry);
                if (!seen.add(e.getKey() + "\u0000" + write.key())) {
                    throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                }
                writes.add(write);
            }
        }
        if (writes.isEmpty() || writes.size() > MAX_WRITES) {
            throw Requests.constraint(String.valueOf(writes.size()), "requestItems",
                    writes.isEmpty() ? "Member must have length greater than or equal to 1"
                            : "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
        }
        for (Write w : writes) {
            w.table().validateItem(w.item());
        }
        for (Write w : writes) {
            db.write(w.table(), w.key(), current -> w.item());
        }
        out.writeStartObject();
        out.writeObjectFieldStart("UnprocessedItems");
        out.writeEndObject();
        out.writeEndObject();
    }

    private static Write parse(Table table, JsonNode entry) {
        JsonNode put = Requests.object(entry, "PutRequest");
        JsonNode delete = Requests.object(entry, "DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        if (put != null) {
            Map<String, Value> item = ValueCodec.readItem(Requests.required(put, "Item", "item"));
            KeyValidator.item(table.definition().keys(), item);
            return new Write(table, table.primaryKey(item), item);
        }
        Map<String, Value> key = KeyValidator.key(table.definition().keys(), delete.get("Key"));
        return new Write(table, table.primaryKey(key), null);
    }
}
