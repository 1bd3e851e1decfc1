package dev.orderflow.localcloud.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.messaging.MessagingSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

/**
 * Failures, end to end. A consumer that keeps failing, injected through configuration (SAM's
 * --env-vars points the inventory consumer at a table that does not exist): Lambda's asynchronous
 * retries, the on-failure destination, the dead-letter processor, the order NEEDS_ATTENTION. And a
 * poison message among ten on the dead-letter queue: only it is retried, then parked by the redrive
 * policy. Short waits through options: --async-retry-delay 200ms, --queue-visibility-timeout 4.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterIT {

    private OrderFlowCloud flow;

    @BeforeAll
    void start() throws Exception {
        flow = OrderFlowCloud.start(MessagingSettings.builder().asyncRetryDelay(Duration.ofMillis(200)).queueVisibilityTimeout(4),
                "{\"InventoryConsumerFunction\":{\"ORDERS_TABLE\":\"no-such-table\"}}");
    }

    @AfterAll
    void stop() throws Exception {
        flow.close();
    }

    @Test
    void shouldRetryThenDeadLetterThenFlagTheOrder() throws Exception {
        String sku = flow.stock(10);

        String orderId = flow.order("cust-42", sku, 1);

        assertThat(flow.settledStatus(orderId, "PENDING")).isEqualTo("NEEDS_ATTENTION");
        List<Map<String, AttributeValue>> failures = OrderFlowCloud.await(() -> {
            List<Map<String, AttributeValue>> items = flow.dynamoDb.scan(r -> r.tableName(flow.table("FailedEventsTable")))
                    .items().stream().filter(item -> item.containsKey("orderId") && item.get("orderId").s().equals(orderId))
                    .toList();
            return items.isEmpty() ? null : items;
        });
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.get("origin").s()).isEqualTo("LAMBDA_DESTINATION");
            assertThat(failure.get("errorCode").s()).isEqualTo("RetriesExhausted");
            assertThat(failure.get("detailType").s()).isEqualTo("OrderPlaced");
            assertThat(failure.get("sourceArn").s()).endsWith(":function:orderflow-dev-InventoryConsumerFunction:$LATEST");
            assertThat(failure.get("errorMessage").s()).contains("ResourceNotFoundException");
        });
        assertThat(flow.logs.stream().filter(line -> line.startsWith("orderflow-dev-InventoryConsumerFunction ")
                && line.contains("START RequestId"))).as("the first attempt and two retries").hasSize(3);
        assertThat(flow.get("/inventory/" + sku).path("available").asInt()).as("nothing reserved").isEqualTo(10);
    }

    @Test
    void shouldRetryOnlyThePoisonMessageOfABatchOfTenThenParkIt() {
        // Incompressible and over the FailedEvents item limit even gzipped: the processor cannot record it.
        byte[] noise = new byte[600 * 1024];
        new SecureRandom().nextBytes(noise);
        String poison = "{\"detail\":{\"orderId\":\"poison\"},\"blob\":\"" + Base64.getEncoder().encodeToString(noise) + "\"}";
        List<SendMessageBatchRequestEntry> ten = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> ten.add(SendMessageBatchRequestEntry.builder().id("m" + i)
                .messageBody(i == 6 ? "{\"note\":\"placeholder\"}" : "{\"note\":\"unreadable dead letter " + i + "\"}").build()));
        // The batch call is limited to 1 MB in all: the poison goes as the seventh message of its own send.
        ten.remove(6);
        List<SendMessageBatchResultEntry> sent = new ArrayList<>(flow.sqs.sendMessageBatch(r -> r
                .queueUrl(flow.queueUrl("FailedEventsQueue")).entries(ten)).successful());
        String poisonId = flow.sqs.sendMessage(r -> r.queueUrl(flow.queueUrl("FailedEventsQueue")).messageBody(poison))
                .messageId();

        Message parked = OrderFlowCloud.await(() -> flow.sqs.receiveMessage(r -> r.queueUrl(flow.queueUrl("ParkedEventsQueue"))
                .messageSystemAttributeNamesWithStrings("All").waitTimeSeconds(1)).messages().stream().findFirst().orElse(null));

        assertThat(parked).isNotNull();
        assertThat(parked.messageId()).isEqualTo(poisonId);
        assertThat(flow.logs.stream().filter(line -> line.contains("not recorded")))
                .as("only the poison is reported as a batch item failure, on each of maxReceiveCount (5) receives")
                .hasSize(5).allSatisfy(line -> assertThat(line).contains(poisonId));
        assertThat(sent).hasSize(9).allSatisfy(entry -> assertThat(failedEvent(entry.messageId()))
                .containsEntry("origin", AttributeValue.fromS("UNKNOWN")));
        assertThat(failedEvent(poisonId)).isEmpty();
        assertThat(flow.sqs.receiveMessage(r -> r.queueUrl(flow.queueUrl("FailedEventsQueue")).waitTimeSeconds(1))
                .messages()).as("the nine were deleted, the poison moved on").isEmpty();
    }

    private Map<String, AttributeValue> failedEvent(String failureId) {
        return flow.dynamoDb.getItem(r -> r.tableName(flow.table("FailedEventsTable"))
                .key(Map.of("failureId", AttributeValue.fromS(failureId)))).item();
    }
}
