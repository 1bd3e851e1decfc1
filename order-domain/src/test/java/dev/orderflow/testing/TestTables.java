package dev.orderflow.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * Creates the tables template.yaml declares, with their keys and indexes, in a test's DynamoDB, and
 * gives the environment the template hands to functions: so tests run against the real schema.
 * Each table is named after its logical id.
 */
public final class TestTables {

    private TestTables() {
    }

    /** Creates every table and returns the functions' environment (table and bus variables). */
    public static Map<String, String> create(DynamoDbClient dynamoDb) {
        SamTemplate template = SamTemplate.project();
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((id, table) ->
                dynamoDb.createTable(createRequest(id, SamTemplate.properties(table))));
        return environment(template);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(SamTemplate template) {
        Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) template.globalsOf("Function")
                .get("Environment")).get("Variables");
        Map<String, String> env = new HashMap<>();
        variables.forEach((name, value) -> {
            if (value instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
                env.put(name, (String) ref.get("Ref"));
            } else if (value instanceof String text) {
                env.put(name, text);
            }
        });
        env.put("AWS_REGION", "us-east-1");
        return env;
    }

    @SuppressWarnings("unchecked")
    private static CreateTableRequest createRequest(String name, Map<String, Object> props) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Object a : (List<Object>) props.get("AttributeDefinitions")) {
            Map<String, String> attribute = (Map<String, String>) a;
            attributes.add(AttributeDefinition.builder().attributeName(attribute.get("AttributeName"))
                    .attributeType(attribute.get("AttributeType")).build());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object i : (List<Object>) props.getOrDefault("GlobalSecondaryIndexes", List.of())) {
            Map<String, Object> index = (Map<String, Object>) i;
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName((String) index.get("IndexName"))
                    .keySchema(keySchema(index.get("KeySchema")))
                    .projection(Projection.builder()
                            .projectionType((String) ((Map<String, Object>) index.get("Projection")).get("ProjectionType"))
                            .build())
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(props.get("KeySchema")))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    @SuppressWarnings("unchecked")
    private static List<KeySchemaElement> keySchema(Object schema) {
        return ((List<Object>) schema).stream()
                .map(k -> (Map<String, String>) k)
                .map(k -> KeySchemaElement.builder().attributeName(k.get("AttributeName")).keyType(k.get("KeyType")).build())
                .toList();
    }
}
