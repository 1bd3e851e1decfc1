package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TemplateReader;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private final SamTemplate template = TemplateReader.read(Path.of("../../template.yaml"),
            TemplateSettings.builder().stackName("orderflow-dev").build());

    @Test
    void shouldListWhatThisTemplateDeclaresButTheLocalCloudDoesNotRun() {
        List<String> missing = Coverage.notEmulated(template, Coverage.EMULATED_TYPES, Coverage.EMULATED_EVENTS);

        assertThat(missing).contains("OrderEventsBus (AWS::Events::EventBus)", "FailedEventsQueue (AWS::SQS::Queue)",
                "DeadLetterProcessorFunction.Events.FailedEvents (SQS)", "OutboxRelayFunction.Events.EveryMinute (Schedule)");
        assertThat(missing).noneMatch(line -> line.contains("AWS::DynamoDB::Table") || line.contains("(Api)")
                || line.contains("AWS::Serverless::Function)"));
        assertThat(Coverage.withoutLocalEffect(template)).contains("OrderHandlerLogs (AWS::Logs::LogGroup)")
                .noneMatch(line -> line.contains("Role"));
    }

    @Test
    void shouldShrinkAsEmulatorsAreAdded() {
        Set<String> types = new java.util.HashSet<>(Coverage.EMULATED_TYPES);
        types.addAll(Set.of("AWS::Events::EventBus", "AWS::SQS::Queue"));
        List<String> missing = Coverage.notEmulated(template, types, Set.of("Api", "EventBridgeRule", "SQS", "Schedule"));

        assertThat(missing).allMatch(line -> line.contains("EventInvokeConfig"));
    }
}
