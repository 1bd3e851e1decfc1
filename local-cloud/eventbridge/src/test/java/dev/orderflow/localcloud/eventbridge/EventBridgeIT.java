package dev.orderflow.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.edge.EdgeServer;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;

/** PutEvents and the rule API through the edge, with the SDK v2 EventBridgeClient. */
class EventBridgeIT {

    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:dlq";

    private final RecordingTargets targets = new RecordingTargets();
    private EdgeServer edge;
    private LocalEventBridge eventBridge;
    private EventBridgeClient client;

    @BeforeEach
    void start() throws Exception {
        start(false);
    }

    private void start(boolean deliverTwice) throws Exception {
        eventBridge = LocalEventBridge.start(EventBridgeSettings.builder().firstRetryDelay(Duration.ofMillis(20))
                .deliverTwice(deliverTwice).build(), targets, targets);
        eventBridge.createBus("orders");
        eventBridge.putRule(new RuleDefinition("placed", "orders",
                "{\"source\":[\"shop.orders\"],\"detail-type\":[\"OrderPlaced\"],\"detail\":{\"total\":[{\"numeric\":[\">\",100]}]}}",
                null, true, "big orders", List.of(new TargetDefinition("fn", "arn:aws:lambda:us-east-1:123456789012:function:f",
                        null, null, new RetryPolicy(2, Duration.ofMinutes(1)), QUEUE))));
        edge = EdgeServer.bind("127.0.0.1", 0).register(eventBridge.edgeService());
        edge.start();
        client = EventBridgeClient.builder().endpointOverride(URI.create(edge.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        edge.close();
        eventBridge.close();
    }

    @Test
    void shouldDeliverMatchingEventsAsLambdaReceivesThem() {
        PutEventsResponse response = client.putEvents(r -> r.entries(
                entry("orders", "{\"orderId\":\"o-1\",\"total\":250}"),
                entry("orders", "{\"orderId\":\"o-2\",\"total\":50}")));

        assertThat(response.failedEntryCount()).isZero();
        assertThat(targets.delivered).hasSize(1);
        RecordingTargets.Delivered delivered = targets.delivered.get(0);
        assertThat(delivered.ruleArn()).isEqualTo("arn:aws:events:us-east-1:123456789012:rule/orders/placed");
        assertThat(delivered.input().path("id").asText()).isEqualTo(response.entries().get(0).eventId());
        assertThat(delivered.input().path("detail-type").asText()).isEqualTo("OrderPlaced");
        assertThat(delivered.input().path("source").asText()).isEqualTo("shop.orders");
        assertThat(delivered.input().path("version").asText()).isEqualTo("0");
        assertThat(delivered.input().path("account").asText()).isEqualTo("123456789012");
        assertThat(delivered.input().path("region").asText()).isEqualTo("us-east-1");
        assertThat(delivered.input().path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(delivered.input().path("resources").isArray()).isTrue();
        assertThat(delivered.input().path("detail").path("orderId").asText()).isEqualTo("o-1");
    }

    @Test
    void shouldPassTheCallersTraceHeaderUnlessTheEntryHasOne() {
        TraceHeader call = TraceHeader.newTrace(true).withParent("1111111111111111");
        TraceHeader own = TraceHeader.newTrace(true).withParent("2222222222222222");
        try (EventBridgeClient traced = EventBridgeClient.builder().endpointOverride(URI.create(edge.url()))
                .region(Region.US_EAST_1).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", call.toString())).build()) {
            traced.putEvents(r -> r.entries(entry("orders", "{\"total\":101}"),
                    entry("orders", "{\"total\":102}").toBuilder().traceHeader(own.toString()).build()));
        }

        assertThat(targets.delivered).extracting(d -> d.input().path("detail").path("total").asInt() + " " + d.trace())
                .containsExactlyInAnyOrder("101 " + call, "102 " + own);
    }

    @Test
    void shouldReportBadEntriesOneByOne() {
        PutEventsResponse response = client.putEvents(r -> r.entries(
                PutEventsRequestEntry.builder().eventBusName("orders").source("shop.orders").detailType("OrderPlaced").build(),
                entry("orders", "[1,2]"),
                entry("no-such-bus", "{\"total\":500}"),
                entry("orders", "{\"total\":500}").toBuilder().source("aws.ec2").build(),
                entry("orders", "{\"total\":500}")));

        assertThat(response.failedEntryCount()).isEqualTo(4);
        assertThat(response.entries()).extracting(e -> e.errorCode() == null ? "ok" : e.errorCode())
                .containsExactly("InvalidArgument", "MalformedDetail", "InvalidArgument", "NotAuthorizedForSourceException", "ok");
        assertThat(response.entries().get(0).errorMessage()).isEqualTo("Parameter Detail is not valid. Reason: Detail is a required argument.");
        assertThat(response.entries().get(2).errorMessage()).contains("no-such-bus");
        assertThat(targets.delivered).hasSize(1);
    }

    @Test
    void shouldRefuseRequestsOverTheEntryAndSizeLimits() {
        List<PutEventsRequestEntry> eleven = java.util.Collections.nCopies(11, entry("orders", "{\"total\":1}"));
        String big = "{\"blob\":\"" + "x".repeat(1024 * 1024) + "\"}";

        assertThatThrownBy(() -> client.putEvents(r -> r.entries(eleven))).isInstanceOf(EventBridgeException.class)
                .satisfies(e -> assertThat(((EventBridgeException) e).awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(entry("orders", big)))).isInstanceOf(EventBridgeException.class)
                .hasMessageContaining("Total size of the entries in the request is over the limit.");
        assertThat(targets.attempts).hasValue(0);
    }

    @Test
    void shouldRetryARefusingTargetThenGiveUpToItsDeadLetterQueue() {
        targets.refuse(Integer.MAX_VALUE);

        client.putEvents(r -> r.entries(entry("orders", "{\"total\":999}")));

        awaitDeadLetters(1);
        assertThat(targets.attempts).as("the first attempt and MaximumRetryAttempts (2) retries").hasValue(3);
        RecordingTargets.DeadLetter dead = targets.deadLetters.get(0);
        assertThat(dead.queueArn()).isEqualTo(QUEUE);
        assertThat(dead.body().path("detail").path("total").asInt()).isEqualTo(999);
        assertThat(dead.attributes()).containsEntry("RULE_ARN", "arn:aws:events:us-east-1:123456789012:rule/orders/placed")
                .containsEntry("TARGET_ARN", "arn:aws:lambda:us-east-1:123456789012:function:f")
                .containsEntry("ERROR_CODE", "ResourceNotFoundException")
                .containsKey("ERROR_MESSAGE");
    }

    @Test
    void shouldDeliverAfterARetryWhenTheTargetRecovers() throws Exception {
        targets.refuse(1);

        client.putEvents(r -> r.entries(entry("orders", "{\"total\":300}")));

        long deadline = System.currentTimeMillis() + 10_000;
        while (targets.delivered.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(targets.delivered).hasSize(1);
        assertThat(targets.deadLetters).isEmpty();
    }

    @Test
    void shouldDeliverEveryEventTwiceWhenAskedTo() throws Exception {
        stop();
        start(true);

        client.putEvents(r -> r.entries(entry("orders", "{\"total\":300}")));

        assertThat(targets.delivered).hasSize(2);
        assertThat(targets.delivered.get(0).input()).isEqualTo(targets.delivered.get(1).input());
    }

    @Test
    void shouldDescribeBusesRulesAndTargets() {
        assertThat(client.listEventBuses(r -> { }).eventBuses()).extracting(b -> b.name()).containsExactly("default", "orders");
        assertThat(client.describeEventBus(r -> r.name("orders")).arn())
                .isEqualTo("arn:aws:events:us-east-1:123456789012:event-bus/orders");
        assertThat(client.listRules(r -> r.eventBusName("orders")).rules()).singleElement()
                .satisfies(rule -> assertThat(rule.eventPattern()).contains("numeric"));
        assertThat(client.listTargetsByRule(r -> r.eventBusName("orders").rule("placed")).targets()).singleElement()
                .satisfies(target -> {
                    assertThat(target.retryPolicy().maximumRetryAttempts()).isEqualTo(2);
                    assertThat(target.deadLetterConfig().arn()).isEqualTo(QUEUE);
                });
        assertThatThrownBy(() -> client.describeRule(r -> r.eventBusName("orders").name("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private void awaitDeadLetters(int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (targets.deadLetters.size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(targets.deadLetters).hasSize(count);
    }

    private static PutEventsRequestEntry entry(String bus, String detail) {
        return PutEventsRequestEntry.builder().eventBusName(bus).source("shop.orders").detailType("OrderPlaced")
                .detail(detail).time(Instant.now()).build();
    }
}
