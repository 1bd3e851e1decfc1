package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDb;
import dev.orderflow.localcloud.template.TableDefinition;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldCreateTheTableWithItsIndexesAndTimeToLive() throws Exception {
        TableDefinition table = new TableDefinition("OrdersTable", "AWS::DynamoDB::Table", "stack-orders",
                "arn:aws:dynamodb:us-east-1:123456789012:table/stack-orders", JSON.readTree("{"
                        + "\"BillingMode\":\"PAY_PER_REQUEST\","
                        + "\"AttributeDefinitions\":[{\"AttributeName\":\"orderId\",\"AttributeType\":\"S\"},"
                        + "{\"AttributeName\":\"customerId\",\"AttributeType\":\"S\"}],"
                        + "\"KeySchema\":[{\"AttributeName\":\"orderId\",\"KeyType\":\"HASH\"}],"
                        + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"byCustomer\",\"KeySchema\":[{\"AttributeName\":"
                        + "\"customerId\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}],"
                        + "\"TimeToLiveSpecification\":{\"AttributeName\":\"expiresAt\",\"Enabled\":true},"
                        + "\"SSESpecification\":{\"SSEEnabled\":true},"
                        + "\"PointInTimeRecoverySpecification\":{\"PointInTimeRecoveryEnabled\":true}}"));
        try (LocalDynamoDb dynamodb = LocalDynamoDb.builder().build()) {
            String first = Tables.provision(dynamodb.protocol(), table);
            String second = Tables.provision(dynamodb.protocol(), table);

            String described = new String(Tables.call(dynamodb.protocol(), "DescribeTable",
                    JSON.createObjectNode().put("TableName", "stack-orders")).body(), StandardCharsets.UTF_8);
            String ttl = new String(Tables.call(dynamodb.protocol(), "DescribeTimeToLive",
                    JSON.createObjectNode().put("TableName", "stack-orders")).body(), StandardCharsets.UTF_8);
            assertThat(first).isEqualTo("created");
            assertThat(second).isEqualTo("kept");
            assertThat(described).contains("\"byCustomer\"").contains("PAY_PER_REQUEST");
            assertThat(ttl).contains("expiresAt").contains("ENABLED");
        }
    }

    @Test
    void shouldNameTheTableDynamoDbRefuses() throws Exception {
        TableDefinition broken = new TableDefinition("Broken", "AWS::DynamoDB::Table", "stack-broken", "arn",
                JSON.readTree("{\"AttributeDefinitions\":[],\"KeySchema\":[]}"));
        try (LocalDynamoDb dynamodb = LocalDynamoDb.builder().build()) {
            assertThatThrownBy(() -> Tables.provision(dynamodb.protocol(), broken))
                    .hasMessageContaining("table Broken (stack-broken)");
        }
    }
}
