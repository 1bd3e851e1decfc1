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

    static final int MAX_GLOBAL_INDEXES = 20;
    private static final int MAX_LOCAL_INDEXES = 5;

    private TableDefinitionReader() {
    }

    static TableDefinition createTable(JsonNode request, long nowMillis) {
        String name = Requests.tableName(request);
        Map<String, String> types = attributeTypes(request);
        KeySchema keys = keySchema(objects(request, "KeySchema", "keySchema"), types);
        List<IndexDefinition> indexes = new ArrayList<>();
        for (JsonNode gsi : objectsOrNone(request, "GlobalSecondaryIndexes")) {
            indexes.add(index(gsi, true, types));
        }
        for (JsonNode lsi : objectsOrNone(request, "LocalSecondaryIndexes")) {
            IndexDefinition index = index(lsi, false, types);
            checkLocalIndex(index, keys);
            indexes.add(index);
        }
        long globals = indexes.stream().filter(IndexDefinition::global).count();
        if (globals > MAX_GLOBAL_INDEXES || indexes.size() - globals > MAX_LOCAL_INDEXES) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Number of "
                    + (globals > MAX_GLOBAL_INDEXES ? "GlobalSecondaryIndexes exceeds per-table limit of " + MAX_GLOBAL_INDEXES
                    : "LocalSecondaryIndexes exceeds per-table limit of " + MAX_LOCAL_INDEXES));
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
        long[] throughput = throughput(Requests.object(request, "ProvisionedThroughput"), billing);
        return new TableDefinition(name, UUID.randomUUID().toString(), keys, types, indexes, billing,
                throughput[0], throughput[1], nowMillis, null, StreamSpecs.read(request, nowMillis));
    }

    static Map<String, String> attributeTypes(JsonNode request) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode def : objects(request, "AttributeDefinitions", "attributeDefinitions")) {
            String type = Requests.text(def, "AttributeType");
            if (type == null || !List.of("S", "N", "B").contains(type)) {
                throw Requests.constraint(String.valueOf(type), "attributeDefinitions.member.attributeType",
                        "Member must satisfy enum value set: [B, N, S]");
            }
            types.put(Requests.requiredText(def, "AttributeName", "attributeDefinitions.member.attributeName"), type);
        }
        return types;
    }

    static KeySchema keySchema(List<JsonNode> schema, Map<String, String> types) {
        if (schema.size() < 1 || schema.size() > 2) {
            throw Requests.constraint(schema.toString(), "keySchema",
                    "Member must have length less than or equal to 2");
        }
        String hash = Requests.requiredText(schema.get(0), "AttributeName", "keySchema.member.attributeName");
        if (!"HASH".equals(Requests.text(schema.get(0), "KeyType"))) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        String range = null;
        if (schema.size() == 2) {
            range = Requests.requiredText(schema.get(1), "AttributeName", "keySchema.member.attributeName");
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
        KeySchema keys = keySchema(objects(node, "KeySchema", "keySchema"), types);
        JsonNode projection = Requests.requiredObject(node, "Projection", "projection");
        String type = Requests.text(projection, "ProjectionType");
        type = type == null ? "ALL" : type;
        List<String> nonKey = new ArrayList<>();
        for (JsonNode attribute : iterable(projection, "NonKeyAttributes")) {
            if (!attribute.isTextual()) {
                throw Requests.wrongType("NonKeyAttributes", "a list of strings");
            }
            nonKey.add(attribute.textValue());
        }
        if (!List.of("ALL", "KEYS_ONLY", "INCLUDE").contains(type)) {
            throw Requests.constraint(type, "projection.projectionType", "Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]");
        }
        if (type.equals("INCLUDE") == nonKey.isEmpty()) {
            throw DynamoDbError.validation(type.equals("INCLUDE")
                    ? "One or more parameter values were invalid: NonKeyAttributes must be specified when ProjectionType is INCLUDE"
                    : "One or more parameter values were invalid: ProjectionType is " + type
                    + ", but NonKeyAttributes is specified");
        }
        long[] throughput = global ? throughput(Requests.object(node, "ProvisionedThroughput"), "PAY_PER_REQUEST") : new long[] {0, 0};
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

    private static List<JsonNode> objectsOrNone(JsonNode request, String field) {
        return Requests.array(request, field) == null ? List.of() : objects(request, field, field);
    }

    static long[] throughput(JsonNode node, String billing) {
        if (billing.equals("PROVISIONED")) {
            if (node == null || !node.path("ReadCapacityUnits").isIntegralNumber()
                    || !node.path("WriteCapacityUnits").isIntegralNumber()) {
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

    /** The elements of an optional list field. */
    static Iterable<JsonNode> iterable(JsonNode request, String field) {
        JsonNode node = Requests.array(request, field);
        return node == null ? List.of() : node;
    }

    /** The elements of a required list field, each of which must be an object. */
    static List<JsonNode> objects(JsonNode request, String field, String member) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode element : Requests.requiredArray(request, field, member)) {
            if (!element.isObject()) {
                throw Requests.wrongType(field, "a list of structures");
            }
            out.add(element);
        }
        return out;
    }
}
