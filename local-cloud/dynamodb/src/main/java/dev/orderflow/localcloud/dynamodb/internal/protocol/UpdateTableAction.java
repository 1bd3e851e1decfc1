package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import dev.orderflow.localcloud.dynamodb.internal.store.IndexDefinition;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import dev.orderflow.localcloud.dynamodb.internal.store.TableDefinition;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** UpdateTable: create or delete a GSI (filled at once), change billing mode or throughput. */
final class UpdateTableAction implements Action {

    private final Database db;

    UpdateTableAction(Database db) {
        this.db = db;
    }

    @Override
    public void run(JsonNode request, JsonGenerator out) throws IOException {
        Table table = db.table(Requests.tableName(request));
        TableDefinition definition = table.definition();
        for (JsonNode update : TableDefinitionReader.iterable(request, "GlobalSecondaryIndexUpdates")) {
            if (Requests.object(update, "Create") != null) {
                definition = create(definition, request, update.get("Create"));
            } else if (Requests.object(update, "Delete") != null) {
                String name = Requests.requiredText(update.get("Delete"), "IndexName", "indexName");
                if (definition.index(name).isEmpty()) {
                    throw DynamoDbError.resourceNotFound("Requested resource not found: Index: " + name + " not found");
                }
                definition = definition.withoutIndex(name);
            }
        }
        String billing = Requests.text(request, "BillingMode");
        JsonNode provisioned = Requests.object(request, "ProvisionedThroughput");
        if (billing != null || provisioned != null) {
            String mode = billing != null ? billing : definition.billingMode();
            long[] throughput = TableDefinitionReader.throughput(provisioned, mode);
            definition = definition.withThroughput(mode, throughput[0], throughput[1]);
        }
        definition = StreamSpecs.update(definition, request, db.clock().millis());
        db.redefine(table, definition);
        out.writeStartObject();
        TableDescriptions.write(out, "TableDescription", table, "ACTIVE");
        out.writeEndObject();
    }

    private static TableDefinition create(TableDefinition definition, JsonNode request, JsonNode create) {
        Map<String, String> types = new LinkedHashMap<>(definition.attributeTypes());
        if (Requests.array(request, "AttributeDefinitions") != null) {
            TableDefinitionReader.attributeTypes(request).forEach((name, type) -> {
                String known = types.putIfAbsent(name, type);
                if (known != null && !known.equals(type)) {
                    throw DynamoDbError.validation("One or more parameter values were invalid: Type of attribute "
                            + name + " cannot be changed");
                }
            });
        }
        IndexDefinition index = TableDefinitionReader.index(create, true, types);
        if (definition.indexes().stream().filter(IndexDefinition::global).count() >= TableDefinitionReader.MAX_GLOBAL_INDEXES) {
            throw DynamoDbError.of("LimitExceededException", "Subscriber limit exceeded: Number of GlobalSecondaryIndexes exceeds per-table limit of "
                    + TableDefinitionReader.MAX_GLOBAL_INDEXES);
        }
        if (definition.index(index.name()).isPresent()) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Index with name: "
                    + index.name() + " already exists");
        }
        return definition.withIndex(index, types);
    }
}
