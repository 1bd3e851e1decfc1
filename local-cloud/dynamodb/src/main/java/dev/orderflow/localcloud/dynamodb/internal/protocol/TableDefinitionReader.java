package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.IndexDefinition;
import dev.orderflow.localcloud.dynamodb.internal.store.KeySchema;
import dev.orderflow.localcloud.dynamodb.internal.store.TableDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Reads a CreateTable request (or an index of UpdateTable) into definitions, with DynamoDB's checks. */
final class TableDefinitionReader {

    private TableDefinitionReader() {
    }

    static TableDefinition createTable(JsonNode request, long nowMillis) {
        String name = Requests.tableName(request);
        Map<String, String> types = attributeTypes(request);
        KeySchema keys = keySchema(Requests.required(request, "KeySchema", "keySchema"), types);
        List<IndexDefinition> indexes = new ArrayList<>();
        for (JsonNode gsi : iterable(request.get("GlobalSecondaryIndexes"))) {
            indexes.add(index(gsi, true, types));
        }
        for (JsonNode lsi : iterable(request.get("LocalSecondaryIndexes"))) {
            IndexDefinition index = index(lsi, false, types);
            checkLocalIndex(index, keys);
            indexes.add(index);
        }
        Set<String> names = new HashSet<>();
        for (IndexDefinition index : indexes) {
            if (!names.add(index.name())) {
                throw DynamoDbError.validation("One or more parameter values were invalid: Duplicate index name: " + index.name());
            }
        }
        checkAllDefinitionsUsed(types, keys, indexes);
        String billing = Requests.text(request, "BillingMode");
        billing = billing == null ? "PROVISIONED" : billing;
        long[] throughput = throughput(request.get("ProvisionedThroughput"), billing);
        return new TableDefinition(name, UUID.randomUUID().toString(), keys, types, indexes, billing,
                throughput[0], throughput[1], nowMillis, null);
    }

    static Map<String, String> attributeTypes(JsonNode request) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode def : iterable(Requests.required(request, "AttributeDefinitions", "attributeDefinitions"))) {
            String type = Requests.text(def, "AttributeType");
            if (!List.of("S", "N", "B").contains(type)) {
                throw Requests.constraint(String.valueOf(type), "attributeDefinitions.member.attributeType",
                        "Member must satisfy enum value set: [B, N, S]");
            }
            types.put(Requests.text(def, "AttributeName"), type);
        }
        return types;
    }

    static KeySchema keySchema(JsonNode schema, Map<String, String> types) {
        if (schema.size() < 1 || schema.size() > 2) {
            throw Requests.constraint(schema.toString(), "keySchema",
                    "Member must have length less than or equal to 2");
        }
        String hash = Requests.text(schema.get(0), "AttributeName");
        if (!"HASH".equals(Requests.text(schema.get(0), "KeyType"))) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        String range = null;
        if (schema.size() == 2) {
            range = Requests.text(schema.get(1), "AttributeName");
            if (!"RANGE".equals(Requests.text(schema.get(1), "KeyType"))) {
                throw DynamoDbError.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            }
            if (range.equals(hash)) {
                throw DynamoDbError.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
            }
        }
        for (String key : range == null ? List.of(hash) : List.of(hash, range)) {
            if (!types.containsKey(key)) {
                throw DynamoDbError.validation("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: ["
                        + key + "], AttributeDefinitions: " + types.keySet());
            }
        }
        return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
    }

    static IndexDefinition index(JsonNode node, boolean global, Map<String, String> types) {
        String name = Requests.tableName(node, "IndexName", "indexName");
        KeySchema keys = keySchema(Requests.required(node, "KeySchema", "keySchema"), types);
        JsonNode projection = Requests.required(node, "Projection", "projection");
        String type = Requests.text(projection, "ProjectionType");
        type = type == null ? "ALL" : type;
        List<String> nonKey = new ArrayList<>();
        iterable(projection.get("NonKeyAttributes")).forEach(n -> nonKey.add(n.asText()));
        if (!List.of("ALL", "KEYS_ONLY", "INCLUDE").contains(type)) {
            throw Requests.constraint(type, "projection.projectionType", "Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]");
        }
        if (type.equals("INCLUDE") == nonKey.isEmpty()) {
            throw DynamoDbError.validation(type.equals("INCLUDE")
                    ? "One or more parameter values were invalid: NonKeyAttributes must be specified when ProjectionType is INCLUDE"
                    : "One or more parameter values were invalid: ProjectionType is " + type
                    + ", but NonKeyAttributes is specified");
        }
        long[] throughput = global ? throughput(node.get("ProvisionedThroughput"), "PAY_PER_REQUEST") : new long[] {0, 0};
        return new IndexDefinition(name, global, keys, type, nonKey, throughput[0], throughput[1]);
    }

    private static void checkLocalIndex(IndexDefinition index, KeySchema table) {
        if (!table.hasRange()) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        }
        if (!index.keys().hashName().equals(table.hashName())) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: "
                    + index.name() + ". index hash key: " + index.keys().hashName() + ", table hash key: " + table.hashName());
        }
        if (!index.keys().hasRange()) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Index KeySchema must have a range key for local secondary index: " + index.name());
        }
    }

    private static void checkAllDefinitionsUsed(Map<String, String> types, KeySchema keys, List<IndexDefinition> indexes) {
        Set<String> used = new TreeSet<>();
        used.add(keys.hashName());
        if (keys.hasRange()) {
            used.add(keys.rangeName());
        }
        for (IndexDefinition index : indexes) {
            used.add(index.keys().hashName());
            if (index.keys().hasRange()) {
                used.add(index.keys().rangeName());
            }
        }
        if (!used.containsAll(types.keySet())) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: "
                    + new TreeSet<>(types.keySet()) + ", keys used: " + used);
        }
    }

    static long[] throughput(JsonNode node, String billing) {
        if (billing.equals("PROVISIONED")) {
            if (node == null || !node.has("ReadCapacityUnits") || !node.has("WriteCapacityUnits")) {
                throw DynamoDbError.validation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
            }
            return new long[] {node.get("ReadCapacityUnits").asLong(), node.get("WriteCapacityUnits").asLong()};
        }
        if (!billing.equals("PAY_PER_REQUEST")) {
            throw Requests.constraint(billing, "billingMode", "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
        }
        return node == null ? new long[] {0, 0}
                : new long[] {node.path("ReadCapacityUnits").asLong(0), node.path("WriteCapacityUnits").asLong(0)};
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node;
    }
}
