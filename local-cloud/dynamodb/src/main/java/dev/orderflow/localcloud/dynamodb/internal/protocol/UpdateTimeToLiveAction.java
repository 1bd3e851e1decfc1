package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import java.io.IOException;

/** UpdateTimeToLive: enables or disables expiry on one numeric attribute (epoch seconds). */
final class UpdateTimeToLiveAction implements Action {

    private final Database db;

    UpdateTimeToLiveAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        JsonNode spec = Requests.requiredObject(request, "TimeToLiveSpecification", "timeToLiveSpecification");
        String attribute = Requests.text(spec, "AttributeName");
        if (attribute == null || attribute.isEmpty()) {
            throw Requests.constraint("null", "timeToLiveSpecification.attributeName", "Member must not be null");
        }
        boolean enable = Requests.flag(spec, "Enabled");
        String current = table.definition().ttlAttribute();
        if (enable && current != null) {
            throw DynamoDbError.validation("TimeToLive is already enabled");
        }
        if (!enable && current == null) {
            throw DynamoDbError.validation("TimeToLive is already disabled");
        }
        if (!enable && !current.equals(attribute)) {
            throw DynamoDbError.validation("TimeToLive is active on a different AttributeName: current AttributeName is " + current);
        }
        db.redefine(table, table.definition().withTtl(enable ? attribute : null));
        out.writeStartObject();
        out.writeObjectFieldStart("TimeToLiveSpecification");
        out.writeStringField("AttributeName", attribute);
        out.writeBooleanField("Enabled", enable);
        out.writeEndObject();
        out.writeEndObject();
    }
}
