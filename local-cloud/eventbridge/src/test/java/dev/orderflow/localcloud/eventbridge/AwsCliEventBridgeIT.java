package dev.orderflow.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.edge.EdgeServer;
import dev.orderflow.localcloud.testing.AwsCli;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code aws events put-events / list-rules --endpoint-url} against the edge. */
class AwsCliEventBridgeIT {

    @Test
    void shouldPutEventsAndListRulesWithTheAwsCli() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed");
        RecordingTargets targets = new RecordingTargets();
        try (LocalEventBridge eventBridge = LocalEventBridge.start(EventBridgeSettings.builder().build(), targets, targets);
                EdgeServer edge = EdgeServer.bind("127.0.0.1", 0)) {
            eventBridge.putRule(new RuleDefinition("cli-rule", "default", "{\"source\":[{\"prefix\":\"cli.\"}]}", null, true,
                    null, List.of(new TargetDefinition("t", "arn:aws:sqs:us-east-1:123456789012:q", null, "$.detail",
                            new RetryPolicy(0, Duration.ofMinutes(1)), null))));
            edge.register(eventBridge.edgeService()).start();

            JsonNode put = AwsCli.json(edge.url(), "events", "put-events", "--entries",
                    "[{\"Source\":\"cli.test\",\"DetailType\":\"Ping\",\"Detail\":\"{\\\"n\\\":1}\"},"
                            + "{\"Source\":\"cli.test\",\"DetailType\":\"Ping\"}]");
            JsonNode rules = AwsCli.json(edge.url(), "events", "list-rules");

            assertThat(put.path("FailedEntryCount").asInt()).isEqualTo(1);
            assertThat(put.path("Entries").get(0).path("EventId").asText()).isNotBlank();
            assertThat(put.path("Entries").get(1).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
            assertThat(targets.delivered).singleElement().satisfies(d -> assertThat(d.input().toString()).isEqualTo("{\"n\":1}"));
            assertThat(rules.path("Rules").get(0).path("Name").asText()).isEqualTo("cli-rule");
        }
    }
}
