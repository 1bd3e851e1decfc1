package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import dev.orderflow.localcloud.dynamodb.DynamoDbResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.template.TableDefinition;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Creates the template's tables in the local DynamoDB through its own API (CreateTable, then
 * UpdateTimeToLive), so that a table is exactly what DynamoDB would make of the request. A table
 * kept in the data folder from an earlier run is used as it is.
 */
public final class Tables {

    private static final List<String> COPIED = List.of("TableName", "AttributeDefinitions", "KeySchema", "BillingMode",
            "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "SSESpecification", "TableClass",
            "DeletionProtectionEnabled");

    private Tables() {
    }

    /** Returns {@code created} or {@code kept}; throws with DynamoDB's message when the definition is refused. */
    public static String provision(DynamoDbProtocol dynamodb, TableDefinition table) {
        DynamoDbResponse created = call(dynamodb, "CreateTable", createTable(table));
        String outcome = "created";
        if (created.statusCode() != 200) {
            String body = new String(created.body(), StandardCharsets.UTF_8);
            if (!body.contains("ResourceInUseException")) {
                throw new IllegalStateException("table " + table.logicalId() + " (" + table.tableName()
                        + "): DynamoDB refused its definition: " + body);
            }
            outcome = "kept";
        }
        JsonNode ttl = table.properties().path("TimeToLiveSpecification");
        if (ttl.path("Enabled").asBoolean(false)) {
            ObjectNode request = Json.MAPPER.createObjectNode().put("TableName", table.tableName());
            request.putObject("TimeToLiveSpecification").put("AttributeName", ttl.path("AttributeName").asText())
                    .put("Enabled", true);
            call(dynamodb, "UpdateTimeToLive", request);
        }
        return outcome;
    }

    static ObjectNode createTable(TableDefinition table) {
        JsonNode properties = table.properties();
        ObjectNode request = Json.MAPPER.createObjectNode();
        if (table.type().equals("AWS::Serverless::SimpleTable")) {
            String name = properties.path("PrimaryKey").path("Name").asText("id");
            String type = properties.path("PrimaryKey").path("Type").asText("String").startsWith("N") ? "N" : "S";
            request.putArray("AttributeDefinitions").addObject().put("AttributeName", name).put("AttributeType", type);
            request.putArray("KeySchema").addObject().put("AttributeName", name).put("KeyType", "HASH");
            request.put("BillingMode", "PAY_PER_REQUEST");
        } else {
            COPIED.forEach(field -> {
                if (properties.has(field)) {
                    request.set(field, properties.get(field));
                }
            });
            JsonNode stream = properties.path("StreamSpecification");
            if (stream.has("StreamViewType")) {
                request.putObject("StreamSpecification").put("StreamEnabled", true)
                        .put("StreamViewType", stream.get("StreamViewType").asText());
            }
            if (!request.has("BillingMode") && !request.has("ProvisionedThroughput")) {
                request.put("BillingMode", "PAY_PER_REQUEST");
            }
        }
        request.put("TableName", table.tableName());
        stripEmpty(request);
        return request;
    }

    private static void stripEmpty(ObjectNode request) {
        for (String field : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
            if (request.path(field) instanceof ArrayNode && request.get(field).isEmpty()) {
                request.remove(field);
            }
        }
    }

    static DynamoDbResponse call(DynamoDbProtocol dynamodb, String action, JsonNode request) {
        return dynamodb.handle(DynamoDbProtocol.TARGET_PREFIX + action, request.toString().getBytes(StandardCharsets.UTF_8));
    }
}
