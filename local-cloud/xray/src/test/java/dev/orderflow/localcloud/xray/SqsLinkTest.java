package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.platform.LambdaSegments;
import dev.orderflow.localcloud.xray.platform.LambdaTimings;
import dev.orderflow.localcloud.xray.platform.LambdaTraceContext;
import dev.orderflow.localcloud.xray.platform.SegmentIds;
import dev.orderflow.localcloud.xray.platform.TraceLink;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQS to Lambda: the consumer runs in a new trace linked to the sender's, drawn as a link edge. */
class SqsLinkTest {

    @Test
    void shouldDrawALinkEdgeFromTheQueueToTheConsumer() throws Exception {
        try (LocalXRay xray = LocalXRay.builder().daemon(false).start()) {
            Instant t0 = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String senderTrace = SegmentIds.newTraceId(t0);
            String sendId = SegmentIds.newSegmentId();
            ObjectNode producer = TestDocs.segment(senderTrace, SegmentIds.newSegmentId(), "producer",
                    t0.getEpochSecond(), t0.getEpochSecond() + 0.1);
            ObjectNode send = producer.putArray("subsegments").addObject();
            send.put("id", sendId).put("name", "SQS").put("namespace", "aws")
                    .put("start_time", t0.getEpochSecond() + 0.01).put("end_time", t0.getEpochSecond() + 0.02);
            send.putObject("aws").put("operation", "SendMessage")
                    .put("queue_url", "https://sqs.us-east-1.amazonaws.com/123456789012/orders-queue");
            xray.emitter().emit(TestDocs.text(producer));

            String awsTraceHeader = SegmentIds.traceHeader(senderTrace, sendId, true);
            Instant received = t0.plusMillis(500);
            LambdaSegments.builder()
                    .context(LambdaTraceContext.start(SegmentIds.newTraceId(received), null))
                    .functionArn("arn:aws:lambda:us-east-1:123456789012:function:consumer").requestId("r-1")
                    .links(List.of(TraceLink.fromTraceHeader(awsTraceHeader).orElseThrow()))
                    .timings(LambdaTimings.warm(received, received, received.plusMillis(20), null, received.plusMillis(21)))
                    .build().forEach(d -> xray.emitter().emit(d.json()));
            assertThat(xray.awaitIngested(Duration.ofSeconds(10))).isTrue();

            String request = "{\"StartTime\":" + (t0.getEpochSecond() - 10) + ",\"EndTime\":" + (Instant.now().getEpochSecond() + 10) + "}";
            JsonNode services = Json.read(xray.api().handle("POST", "/ServiceGraph",
                    request.getBytes(StandardCharsets.UTF_8)).body()).path("Services");
            JsonNode queue = find(services, "orders-queue", "AWS::SQS::Queue");
            JsonNode consumer = find(services, "consumer", "AWS::Lambda");
            JsonNode link = queue.path("Edges").get(0);
            assertThat(link.path("ReferenceId").asInt()).isEqualTo(consumer.path("ReferenceId").asInt());
            assertThat(link.path("EdgeType").asText()).isEqualTo("link");
            assertThat(link.at("/ReceivedEventAgeHistogram/0/Value").decimalValue()).isEqualByComparingTo("0.490");
            JsonNode client = find(services, "client", "client");
            assertThat(client.path("Edges")).singleElement()
                    .satisfies(e -> assertThat(e.path("ReferenceId").asInt()).isEqualTo(find(services, "producer", null)
                            .path("ReferenceId").asInt()));
        }
    }

    private static JsonNode find(JsonNode services, String name, String type) {
        for (JsonNode service : services) {
            if (service.path("Name").asText().equals(name) && (type == null || service.path("Type").asText().equals(type))) {
                return service;
            }
        }
        throw new AssertionError("no " + name + " in " + services.toPrettyString());
    }
}
