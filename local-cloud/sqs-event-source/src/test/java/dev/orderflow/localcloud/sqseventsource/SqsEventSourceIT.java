package dev.orderflow.localcloud.sqseventsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import dev.orderflow.localcloud.sqs.LocalSqs;
import dev.orderflow.localcloud.sqs.QueueDeclaration;
import dev.orderflow.localcloud.sqs.SqsSettings;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** SQS event source mappings feeding a real function (in-process) from ElasticMQ queues. */
class SqsEventSourceIT {

    private static final String HANDLER = "dev.orderflow.localcloud.sqseventsource.fixture.BatchHandler::handle";

    @TempDir
    Path work;

    final List<String> records = new CopyOnWriteArrayList<>();
    LambdaService lambda;
    LocalSqs sqs;
    EventSourceMappings mappings;

    @BeforeEach
    void start() {
        lambda = LambdaService.start(LambdaSettings.builder().isolation(Isolation.IN_PROCESS).workDirectory(work)
                .endpointUrl("http://127.0.0.1:4566").logSink((function, requestId, text) -> {
                    if (text.startsWith("record ")) {
                        records.add(text);
                    }
                }).build());
        sqs = LocalSqs.start(SqsSettings.builder().edgeUrl("http://127.0.0.1:4566").build());
        mappings = new EventSourceMappings(lambda, sqs.client(), "us-east-1");
    }

    @AfterEach
    void stop() {
        mappings.close();
        lambda.close();
        sqs.close();
    }

    @Test
    void shouldDeliverBatchesAsLambdaBuildsThemAndDeleteWhatWasProcessed() {
        queue("plain", 30, 0);
        function("consumer", null);
        TraceHeader trace = TraceHeader.newTrace(true).withParent("aaaaaaaaaaaaaaaa");
        sqs.client().sendMessage(r -> r.queueUrl(url("plain")).messageBody("hello").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("greeting").build()))
                .messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                        MessageSystemAttributeValue.builder().dataType("String").stringValue(trace.toString()).build())));
        mappings.add(mapping("consumer", "plain", 10, Duration.ZERO, true));

        awaitRecords(1);
        awaitEmpty("plain");
        assertThat(records.get(0)).startsWith("record hello receiveCount=1 source=aws:sqs arn=" + arn("plain"))
                .contains("sentTrace=" + trace).contains("kind=greeting")
                // As on AWS, the invocation starts a trace of its own (linked to the sender's), not the sender's.
                .contains("trace=Root=1-").doesNotContain("trace=Root=" + trace.root());
    }

    @Test
    void shouldRetryOnlyThePoisonMessageOfABatchThenRedriveIt() {
        queue("dead", 30, 0);
        queue("work", 1, 3);
        function("consumer", null);
        List<SendMessageBatchRequestEntry> ten = IntStream.range(0, 10).mapToObj(i -> SendMessageBatchRequestEntry.builder()
                .id("m" + i).messageBody(i == 4 ? "poison-4" : "good-" + i).build()).toList();
        sqs.client().sendMessageBatch(r -> r.queueUrl(url("work")).entries(ten));
        mappings.add(mapping("consumer", "work", 10, Duration.ofSeconds(1), true));

        awaitMessages("dead", 1);
        awaitEmpty("work");
        assertThat(records.stream().filter(r -> r.startsWith("record good-"))).hasSize(9)
                .allSatisfy(r -> assertThat(r).contains("receiveCount=1"));
        assertThat(records.stream().filter(r -> r.startsWith("record poison-4")).map(r -> r.split(" ")[2]))
                .containsExactly("receiveCount=1", "receiveCount=2", "receiveCount=3");
        assertThat(sqs.client().receiveMessage(r -> r.queueUrl(url("dead"))).messages().get(0).body()).isEqualTo("poison-4");
    }

    @Test
    void shouldReturnTheWholeBatchWhenTheFunctionFails() {
        queue("dead", 30, 0);
        queue("work", 1, 2);
        function("consumer", 1);
        sqs.client().sendMessageBatch(r -> r.queueUrl(url("work")).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("crash-a").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("innocent-b").build()));
        mappings.add(mapping("consumer", "work", 10, Duration.ofSeconds(1), true));

        awaitMessages("dead", 2);
        assertThat(records.stream().filter(r -> r.startsWith("record innocent-b")).map(r -> r.split(" ")[2]))
                .as("a thrown error returns every message of the batch").containsExactly("receiveCount=1", "receiveCount=2");
    }

    @Test
    void shouldDeleteEveryMessageWhenBatchItemFailuresAreNotReported() {
        queue("work", 1, 0);
        function("consumer", null);
        sqs.client().sendMessage(r -> r.queueUrl(url("work")).messageBody("poison-ignored"));
        mappings.add(mapping("consumer", "work", 10, Duration.ZERO, false));

        awaitRecords(1);
        awaitEmpty("work");
        assertThat(records).hasSize(1);
    }

    @Test
    void shouldGatherABatchDuringTheBatchingWindow() throws Exception {
        queue("work", 30, 0);
        function("consumer", 1);
        mappings.add(mapping("consumer", "work", 5, Duration.ofSeconds(2), true));

        for (int i = 0; i < 3; i++) {
            int n = i;
            sqs.client().sendMessage(r -> r.queueUrl(url("work")).messageBody("part-" + n));
            Thread.sleep(200);
        }

        awaitRecords(3);
        assertThat(records).allSatisfy(r -> assertThat(r).contains("batch=3"));
    }

    private void queue(String name, int visibility, int maxReceiveCount) {
        Map<String, String> attributes = maxReceiveCount == 0 ? Map.of("VisibilityTimeout", Integer.toString(visibility))
                : Map.of("VisibilityTimeout", Integer.toString(visibility), "RedrivePolicy",
                        "{\"deadLetterTargetArn\":\"" + arn("dead") + "\",\"maxReceiveCount\":" + maxReceiveCount + "}");
        sqs.declare(List.of(new QueueDeclaration(name, attributes)));
    }

    private void function(String name, Integer reserved) {
        lambda.register(FunctionConfig.builder().name(name).arn("arn:aws:lambda:us-east-1:123456789012:function:" + name)
                .handler(HANDLER).artifact(Path.of("target/test-classes").toAbsolutePath()).timeout(Duration.ofSeconds(10))
                .reservedConcurrency(reserved).build());
    }

    private SqsMapping mapping(String function, String queue, int batchSize, Duration window, boolean report) {
        return new SqsMapping(function, arn(queue), url(queue), batchSize, window, report, true, null);
    }

    private String url(String queue) {
        return sqs.addresses().url(queue);
    }

    private String arn(String queue) {
        return sqs.addresses().arn(queue);
    }

    private void awaitRecords(int count) {
        await(() -> records.size() >= count);
        assertThat(records.size()).isGreaterThanOrEqualTo(count);
    }

    private void awaitMessages(String queue, int count) {
        await(() -> messages(queue) >= count);
        assertThat(messages(queue)).isEqualTo(count);
    }

    private void awaitEmpty(String queue) {
        await(() -> messages(queue) == 0);
        assertThat(messages(queue)).isZero();
    }

    private int messages(String queue) {
        Map<String, String> attributes = sqs.client().getQueueAttributes(r -> r.queueUrl(url(queue)).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributesAsStrings();
        return Integer.parseInt(attributes.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attributes.get("ApproximateNumberOfMessagesNotVisible"));
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
