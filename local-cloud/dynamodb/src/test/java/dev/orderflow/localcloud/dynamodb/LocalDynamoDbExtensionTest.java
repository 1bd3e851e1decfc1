package dev.orderflow.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The extension gives each test its own empty endpoint and resolves the three parameter types. */
@ExtendWith(LocalDynamoDbExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalDynamoDbExtensionTest {

    private static URI firstEndpoint;

    @Test
    @Order(1)
    void shouldInjectAnEndpointAClientAndTheServer(URI endpoint, DynamoDbClient client, LocalDynamoDb db) {
        assertThat(endpoint).isEqualTo(db.endpoint());
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        Tables.hashTable(client, "leftover");
        firstEndpoint = endpoint;
    }

    @Test
    @Order(2)
    void shouldGiveTheNextTestAFreshEmptyEndpoint(URI endpoint, DynamoDbClient client) {
        assertThat(endpoint).isNotEqualTo(firstEndpoint);
        assertThat(client.listTables().tableNames()).isEmpty();
    }

    @Test
    void shouldServeInProcessBeforeTheServerStarts() {
        try (LocalDynamoDb db = LocalDynamoDb.builder().build()) {
            DynamoDbResponse r = db.protocol().handle("DynamoDB_20120810.ListTables", "{}".getBytes());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new String(r.body())).isEqualTo("{\"TableNames\":[]}");
            assertThatThrownBy(db::endpoint).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldValidateTheBuilder() {
        assertThatThrownBy(() -> LocalDynamoDb.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalDynamoDb.builder().host(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LocalDynamoDb.builder().ttlSweepInterval(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
