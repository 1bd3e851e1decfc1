package dev.orderflow.consumers.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class DeadLetterProcessorTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();
    private static final String ORDER_ID = "6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f";

    private TestBackend test;
    private DeadLetterProcessor processor;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        processor = new DeadLetterProcessor(test.backend);
    }

    @ParameterizedTest
    @Event(value = "sqs/events/mixed-batch.json", type = SQSEvent.class)
    void shouldRecordEveryMessageAndFlagTheOrder(SQSEvent batch) {
        given(OrderStatus.PENDING);

        SQSBatchResponse response = processor.handleRequest(batch, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(failures()).extracting(i -> i.get("origin").s())
                .containsExactlyInAnyOrder("EVENTBRIDGE_RULE", "LAMBDA_DESTINATION", "UNKNOWN");
        assertThat(test.backend.orders().find(ORDER_ID).orElseThrow())
                .extracting(Order::status).isEqualTo(OrderStatus.NEEDS_ATTENTION);
        assertThat(test.backend.failedEvents().failureIdsForOrder(ORDER_ID)).hasSize(2);
    }

    @Test
    void shouldRecordARedeliveredMessageOnce() {
        SQSEvent batch = EventLoader.loadSQSEvent("sqs/events/rule-dead-letter.json");
        processor.handleRequest(batch, null);
        SQSBatchResponse again = processor.handleRequest(batch, null);
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(failures()).hasSize(1);
    }

    @Test
    void shouldRecordButNotFlagAnOrderThatAlreadyEnded() {
        given(OrderStatus.CONFIRMED);
        processor.handleRequest(EventLoader.loadSQSEvent("sqs/events/destination-record.json"), null);
        assertThat(failures()).hasSize(1);
        assertThat(test.backend.orders().find(ORDER_ID).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void shouldHandEveryMessageBackWhenItCannotRecord() {
        Map<String, String> env = new HashMap<>(test.env);
        env.put("FAILED_EVENTS_TABLE", "NoSuchTable");
        DeadLetterProcessor misconfigured = new DeadLetterProcessor(
                new Backend(DYNAMO.client(), test.bus, Env.of(env), test.clock));

        SQSBatchResponse response = misconfigured.handleRequest(EventLoader.loadSQSEvent("sqs/events/mixed-batch.json"), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("2e1424d4-f796-459a-8184-9c92662be6da", "7b0f6bd7-9a35-4c0e-a3c7-5d2a5fd0a7f0",
                        "d9e8f7a6-5b4c-4d3e-9f2a-1b0c9d8e7f6a");
    }

    @Test
    void shouldKeepABodyTooLargeForAnItemGzipped() {
        SQSEvent batch = EventLoader.loadSQSEvent("sqs/events/unreadable.json");
        String big = "x".repeat(900 * 1024);
        batch.getRecords().get(0).setBody(big);

        assertThat(processor.handleRequest(batch, null).getBatchItemFailures()).isEmpty();

        Map<String, AttributeValue> item = DYNAMO.client().getItem(GetItemRequest.builder().tableName("FailedEventsTable")
                .key(Map.of("failureId", AttributeValue.fromS("d9e8f7a6-5b4c-4d3e-9f2a-1b0c9d8e7f6a"))).build()).item();
        assertThat(item).containsKey("bodyGzip").doesNotContainKey("body");
    }

    private void given(OrderStatus status) {
        var now = test.clock.instant();
        Order order = new Order(ORDER_ID, "cust-42", status, List.of(new OrderLine("MUG-BLUE", 2, 1250)), 2500, now, now, null);
        DYNAMO.client().transactWriteItems(TransactWriteItemsRequest.builder()
                .transactItems(test.backend.orders().insert(order)).build());
    }

    private List<Map<String, AttributeValue>> failures() {
        return DYNAMO.client().scan(ScanRequest.builder().tableName("FailedEventsTable").consistentRead(true).build()).items();
    }
}
