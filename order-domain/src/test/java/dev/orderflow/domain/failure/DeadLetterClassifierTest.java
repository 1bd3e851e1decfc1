package dev.orderflow.domain.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

class DeadLetterClassifierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:20:00Z");
    private static final String ORDER_ID = "6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f";
    private final DeadLetterClassifier classifier = new DeadLetterClassifier();

    @ParameterizedTest
    @Event(value = "sqs/events/rule-dead-letter.json", type = SQSEvent.class)
    void shouldRecogniseAnEventBridgeRuleDeadLetter(SQSEvent event) {
        FailedEvent failure = classify(event.getRecords().get(0));
        assertThat(failure.origin()).isEqualTo(FailureOrigin.EVENTBRIDGE_RULE);
        assertThat(failure.sourceArn()).contains(":rule/orderflow-dev-events/");
        assertThat(failure.errorCode()).isEqualTo("SDK_CLIENT_ERROR");
        assertThat(failure.errorMessage()).isEqualTo("Unable to invoke Lambda function: Rate Exceeded.");
        assertThat(failure.orderId()).isEqualTo(ORDER_ID);
        assertThat(failure.detailType()).isEqualTo("OrderPlaced");
        assertThat(failure.receiveCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @Event(value = "sqs/events/destination-record.json", type = SQSEvent.class)
    void shouldRecogniseALambdaOnFailureDestinationRecord(SQSEvent event) {
        FailedEvent failure = classify(event.getRecords().get(0));
        assertThat(failure.origin()).isEqualTo(FailureOrigin.LAMBDA_DESTINATION);
        assertThat(failure.sourceArn()).contains(":function:orderflow-dev-InventoryConsumerFunction");
        assertThat(failure.errorCode()).isEqualTo("RetriesExhausted");
        assertThat(failure.errorMessage()).isEqualTo("ResourceNotFoundException: Requested resource not found");
        assertThat(failure.orderId()).isEqualTo(ORDER_ID);
        assertThat(failure.detailType()).isEqualTo("OrderPlaced");
        assertThat(failure.receiveCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @Event(value = "sqs/events/lambda-dlq.json", type = SQSEvent.class)
    void shouldRecogniseAFunctionDeadLetterQueueMessage(SQSEvent event) {
        FailedEvent failure = classify(event.getRecords().get(0));
        assertThat(failure.origin()).isEqualTo(FailureOrigin.LAMBDA_DLQ);
        assertThat(failure.errorMessage()).isEqualTo("Task timed out after 20.00 seconds");
        assertThat(failure.orderId()).isEqualTo(ORDER_ID);
    }

    @ParameterizedTest
    @Event(value = "sqs/events/unreadable.json", type = SQSEvent.class)
    void shouldKeepAMessageItCannotReadWhole(SQSEvent event) {
        FailedEvent failure = classify(event.getRecords().get(0));
        assertThat(failure.origin()).isEqualTo(FailureOrigin.UNKNOWN);
        assertThat(failure.body()).isEqualTo("this is not JSON {");
        assertThat(failure.orderId()).isNull();
        assertThat(failure.failureId()).isEqualTo("d9e8f7a6-5b4c-4d3e-9f2a-1b0c9d8e7f6a");
    }

    private FailedEvent classify(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = new HashMap<>();
        message.getMessageAttributes().forEach((name, value) -> attributes.put(name, value.getStringValue()));
        return classifier.classify(message.getMessageId(), message.getBody(), attributes,
                Integer.parseInt(message.getAttributes().get("ApproximateReceiveCount")), NOW);
    }
}
