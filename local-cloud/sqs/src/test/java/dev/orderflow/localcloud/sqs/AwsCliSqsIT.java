package dev.orderflow.localcloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.testing.AwsCli;
import org.junit.jupiter.api.Test;

/** {@code aws sqs ... --endpoint-url} against the edge. */
class AwsCliSqsIT {

    @Test
    void shouldCreateSendAndReceiveWithTheAwsCli() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed");
        try (SqsEndpoint endpoint = SqsEndpoint.start(null)) {
            String url = AwsCli.json(endpoint.edge.url(), "sqs", "create-queue", "--queue-name", "cli-queue",
                    "--attributes", "VisibilityTimeout=5").path("QueueUrl").asText();
            assertThat(url).isEqualTo(endpoint.queueUrl("cli-queue"));

            JsonNode sent = AwsCli.json(endpoint.edge.url(), "sqs", "send-message", "--queue-url", url,
                    "--message-body", "{\"from\":\"cli\"}", "--message-attributes",
                    "{\"kind\":{\"DataType\":\"String\",\"StringValue\":\"test\"}}");
            JsonNode received = AwsCli.json(endpoint.edge.url(), "sqs", "receive-message", "--queue-url", url,
                    "--wait-time-seconds", "5", "--attribute-names", "All", "--message-attribute-names", "All");

            JsonNode message = received.path("Messages").get(0);
            assertThat(message.path("MessageId").asText()).isEqualTo(sent.path("MessageId").asText());
            assertThat(message.path("Body").asText()).isEqualTo("{\"from\":\"cli\"}");
            assertThat(message.path("MessageAttributes").path("kind").path("StringValue").asText()).isEqualTo("test");
            assertThat(message.path("Attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");

            AwsCli.json(endpoint.edge.url(), "sqs", "delete-message", "--queue-url", url, "--receipt-handle",
                    message.path("ReceiptHandle").asText());
            assertThat(AwsCli.json(endpoint.edge.url(), "sqs", "get-queue-attributes", "--queue-url", url,
                    "--attribute-names", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")
                    .path("Attributes").path("ApproximateNumberOfMessagesNotVisible").asText()).isEqualTo("0");
        }
    }
}
