package dev.orderflow.localcloud.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.asyncinvocation.InvokeConfig;
import dev.orderflow.localcloud.eventbridge.RuleDefinition;
import dev.orderflow.localcloud.sqs.QueueAddresses;
import dev.orderflow.localcloud.sqs.QueueDeclaration;
import dev.orderflow.localcloud.sqseventsource.SqsMapping;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TemplateReader;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's real template.yaml, read into queues, rules, invoke configs and event source mappings. */
class TemplateTranslationTest {

    private static final SamTemplate TEMPLATE = TemplateReader.read(Path.of("../../template.yaml"),
            TemplateSettings.builder().stackName("orderflow-dev").build());
    private static final String FAILED = "arn:aws:sqs:us-east-1:123456789012:orderflow-dev-FailedEventsQueue";

    @Test
    void shouldDeclareTheQueuesWithTheirRedrivePolicy() {
        List<QueueDeclaration> queues = TemplateQueues.declarations(TEMPLATE, null);

        assertThat(queues).extracting(QueueDeclaration::name)
                .containsExactlyInAnyOrder("orderflow-dev-FailedEventsQueue", "orderflow-dev-ParkedEventsQueue");
        QueueDeclaration failed = queues.stream().filter(q -> q.name().endsWith("FailedEventsQueue")).findFirst().orElseThrow();
        assertThat(failed.attributes()).containsEntry("VisibilityTimeout", "120").containsEntry("MessageRetentionPeriod", "1209600");
        assertThat(failed.redriveTarget()).contains("arn:aws:sqs:us-east-1:123456789012:orderflow-dev-ParkedEventsQueue");
        assertThat(failed.attributes().get("RedrivePolicy")).contains("\"maxReceiveCount\":5");
        assertThat(TemplateQueues.declarations(TEMPLATE, 2)).allSatisfy(q -> assertThat(q.attributes())
                .containsEntry("VisibilityTimeout", "2"));
    }

    @Test
    void shouldMakeARuleForEachEventBridgeRuleAndScheduleEvent() {
        List<String> warnings = new ArrayList<>();
        List<RuleDefinition> rules = TemplateRules.rules(TEMPLATE, warnings::add);

        assertThat(TemplateRules.buses(TEMPLATE)).containsExactly("orderflow-dev-events");
        assertThat(rules).extracting(RuleDefinition::name).contains("orderflow-dev-InventoryConsumerFunctionOrderPlaced",
                "orderflow-dev-OutboxRelayFunctionEveryMinute");
        RuleDefinition placed = rules.stream().filter(r -> r.name().endsWith("InventoryConsumerFunctionOrderPlaced"))
                .findFirst().orElseThrow();
        assertThat(placed.busName()).isEqualTo("orderflow-dev-events");
        assertThat(placed.eventPattern()).isEqualTo("{\"source\":[\"orderflow.orders\"],\"detail-type\":[\"OrderPlaced\"]}");
        assertThat(placed.targets()).singleElement().satisfies(target -> {
            assertThat(target.arn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orderflow-dev-InventoryConsumerFunction");
            assertThat(target.retryPolicy().maximumRetryAttempts()).isEqualTo(4);
            assertThat(target.retryPolicy().maximumEventAge()).isEqualTo(Duration.ofHours(1));
            assertThat(target.deadLetterArn()).isEqualTo(FAILED);
        });
        RuleDefinition relay = rules.stream().filter(RuleDefinition::scheduled).findFirst().orElseThrow();
        assertThat(relay.scheduleExpression()).isEqualTo("rate(1 minute)");
        assertThat(relay.busName()).isEqualTo("default");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldReadEventInvokeConfigsAndTheDeadLetterProcessorsQueue() {
        InvokeConfig inventory = TemplateFunctions.invokeConfig(TEMPLATE.function("InventoryConsumerFunction").orElseThrow(),
                w -> { });
        InvokeConfig api = TemplateFunctions.invokeConfig(TEMPLATE.function("OrderHandlerFunction").orElseThrow(), w -> { });
        List<SqsMapping> mappings = TemplateFunctions.sqsMappings(TEMPLATE,
                new QueueAddresses("http://127.0.0.1:4566", "us-east-1", "123456789012"));

        assertThat(inventory).isEqualTo(new InvokeConfig(2, Duration.ofHours(1), null, FAILED, null));
        assertThat(api).isEqualTo(InvokeConfig.DEFAULT);
        assertThat(mappings).singleElement().isEqualTo(new SqsMapping("orderflow-dev-DeadLetterProcessorFunction", FAILED,
                "http://127.0.0.1:4566/123456789012/orderflow-dev-FailedEventsQueue", 10, Duration.ofSeconds(1), true, true, null));
    }
}
