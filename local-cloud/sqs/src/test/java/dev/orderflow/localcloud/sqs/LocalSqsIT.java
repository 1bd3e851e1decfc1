package dev.orderflow.localcloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.trace.TraceHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/** The local SQS through the edge, with the SDK v2 SqsClient (AWS JSON protocol). */
class LocalSqsIT {

    private static SqsEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = SqsEndpoint.start(null);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @Test
    void shouldCreateDeclaredQueuesDeadLetterTargetFirstWithTheirAttributes() {
        String dlqArn = endpoint.sqs.addresses().arn("declared-dlq");
        endpoint.sqs.declare(List.of(
                new QueueDeclaration("declared-source", Map.of("VisibilityTimeout", "7",
                        "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":5}")),
                new QueueDeclaration("declared-dlq", Map.of())));

        Map<String, String> attributes = endpoint.client.getQueueAttributes(r -> r.queueUrl(endpoint.queueUrl("declared-source"))
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();

        assertThat(attributes).containsEntry("VisibilityTimeout", "7")
                .containsEntry("QueueArn", endpoint.sqs.addresses().arn("declared-source"));
        assertThat(attributes.get("RedrivePolicy")).contains(dlqArn).contains("5");
        assertThat(endpoint.client.getQueueUrl(r -> r.queueName("declared-dlq")).queueUrl())
                .isEqualTo(endpoint.queueUrl("declared-dlq"));
    }

    @Test
    void shouldUpdateTheAttributesOfAQueueDeclaredAgain() {
        endpoint.sqs.declare(List.of(new QueueDeclaration("redeclared", Map.of("VisibilityTimeout", "30"))));
        endpoint.sqs.declare(List.of(new QueueDeclaration("redeclared", Map.of("VisibilityTimeout", "3"))));

        assertThat(endpoint.client.getQueueAttributes(r -> r.queueUrl(endpoint.queueUrl("redeclared"))
                .attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT)).attributesAsStrings())
                .containsEntry("VisibilityTimeout", "3");
    }

    @Test
    void shouldCarryTheSendersTraceHeaderAndAttributesToTheReceiver() {
        endpoint.sqs.declare(List.of(new QueueDeclaration("traced", Map.of())));
        TraceHeader trace = TraceHeader.newTrace(true).withParent("53995c3f42cd8ad8");

        String id = endpoint.sqs.sender().send(endpoint.sqs.addresses().arn("traced"), "{\"hello\":1}",
                Map.of("RequestID", SqsMessageAttribute.string("r-1"), "ErrorCode", SqsMessageAttribute.number(200)), trace);

        Message message = receiveOne("traced");
        assertThat(message.messageId()).isEqualTo(id);
        assertThat(message.body()).isEqualTo("{\"hello\":1}");
        assertThat(message.attributes()).containsEntry(MessageSystemAttributeName.AWS_TRACE_HEADER, trace.toString())
                .containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1");
        assertThat(message.messageAttributes()).containsEntry("RequestID",
                MessageAttributeValue.builder().dataType("String").stringValue("r-1").build());
        assertThat(message.messageAttributes().get("ErrorCode").dataType()).isEqualTo("Number");
    }

    @Test
    void shouldRedriveAMessageToTheDeadLetterQueueAfterMaxReceiveCount() {
        String dlqArn = endpoint.sqs.addresses().arn("redrive-dlq");
        endpoint.sqs.declare(List.of(new QueueDeclaration("redrive-dlq", Map.of()),
                new QueueDeclaration("redrive-source", Map.of("RedrivePolicy",
                        "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":2}"))));
        endpoint.client.sendMessage(r -> r.queueUrl(endpoint.queueUrl("redrive-source")).messageBody("poison"));

        for (int receive = 1; receive <= 2; receive++) {
            Message message = endpoint.client.receiveMessage(r -> r.queueUrl(endpoint.queueUrl("redrive-source"))
                    .visibilityTimeout(0).waitTimeSeconds(5).messageSystemAttributeNamesWithStrings("All"))
                    .messages().get(0);
            assertThat(message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .isEqualTo(Integer.toString(receive));
        }

        assertThat(endpoint.client.receiveMessage(r -> r.queueUrl(endpoint.queueUrl("redrive-source")).waitTimeSeconds(1))
                .messages()).isEmpty();
        assertThat(receiveOne("redrive-dlq").body()).isEqualTo("poison");
    }

    @Test
    void shouldAnswerQueueDoesNotExistForAnUnknownQueue() {
        assertThatThrownBy(() -> endpoint.client.sendMessage(r -> r.queueUrl(endpoint.queueUrl("no-such-queue"))
                .messageBody("x"))).isInstanceOf(QueueDoesNotExistException.class);
        assertThatThrownBy(() -> endpoint.sqs.sender().send(endpoint.sqs.addresses().arn("no-such-queue"), "x", Map.of(), null))
                .isInstanceOf(SqsDeliveryException.class)
                .satisfies(e -> assertThat(((SqsDeliveryException) e).errorCode()).isEqualTo("QueueDoesNotExist"));
    }

    @Test
    void shouldKeepQueuesAndMessagesAcrossARestartWithADataDirectory(@TempDir Path data) {
        String id;
        try (SqsEndpoint first = SqsEndpoint.start(data)) {
            first.sqs.declare(List.of(new QueueDeclaration("kept", Map.of("VisibilityTimeout", "0"))));
            id = first.client.sendMessage(r -> r.queueUrl(first.queueUrl("kept")).messageBody("survives")).messageId();
            first.client.receiveMessage(r -> r.queueUrl(first.queueUrl("kept")).waitTimeSeconds(5));
        }
        try (SqsEndpoint second = SqsEndpoint.start(data)) {
            Message message = second.client.receiveMessage(r -> r.queueUrl(second.queueUrl("kept")).waitTimeSeconds(5)
                    .messageSystemAttributeNamesWithStrings("All")).messages().get(0);

            assertThat(message.messageId()).isEqualTo(id);
            assertThat(message.body()).isEqualTo("survives");
            assertThat(message.attributes()).containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2");
        }
    }

    private static Message receiveOne(String queue) {
        List<Message> messages = endpoint.client.receiveMessage(r -> r.queueUrl(endpoint.queueUrl(queue)).waitTimeSeconds(5)
                .messageSystemAttributeNamesWithStrings("All").messageAttributeNames("All")).messages();
        assertThat(messages).hasSize(1);
        endpoint.client.deleteMessage(r -> r.queueUrl(endpoint.queueUrl(queue)).receiptHandle(messages.get(0).receiptHandle()));
        return messages.get(0);
    }
}
