package dev.orderflow.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.testing.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real template.yaml and fails if a function is untraced, a rule target lacks a retry
 * policy or a DLQ, an asynchronous consumer lacks an on-failure destination, or a policy uses a
 * wildcard. Each rule is also shown failing on a template broken on purpose.
 */
class TemplateTest {

    private final SamTemplate template = SamTemplate.project();

    @Test
    void shouldTraceEveryFunctionAndTheApi() {
        assertThat(TemplateRules.untracedFunctions(template)).isEmpty();
    }

    @Test
    void shouldRunEveryFunctionWithTheXRayLayer() {
        assertThat(TemplateRules.functionsWithoutTracingLayer(template)).isEmpty();
    }

    @Test
    void shouldCatchAFunctionThatDropsTheLayer() {
        SamTemplate broken = template.copy();
        SamTemplate.properties(broken.resources().get("OutboxRelayFunction")).put("Layers", List.of());
        assertThat(TemplateRules.functionsWithoutTracingLayer(broken)).containsExactly("OutboxRelayFunction");
    }

    @Test
    void shouldGiveEveryRuleTargetARetryPolicyAndADeadLetterQueue() {
        assertThat(TemplateRules.ruleTargetsWithoutRetryOrDlq(template)).isEmpty();
    }

    @Test
    void shouldGiveEveryAsynchronousConsumerAnOnFailureDestination() {
        assertThat(TemplateRules.asyncConsumersWithoutOnFailure(template)).isEmpty();
    }

    @Test
    void shouldGrantNoWildcardActionOrResource() {
        assertThat(TemplateRules.wildcardStatements(template)).isEmpty();
    }

    @Test
    void shouldCatchAFunctionWithTracingTurnedOff() {
        SamTemplate broken = template.copy();
        SamTemplate.properties(broken.resources().get("PaymentConsumerFunction")).put("Tracing", "PassThrough");
        assertThat(TemplateRules.untracedFunctions(broken)).containsExactly("PaymentConsumerFunction");
    }

    @Test
    void shouldCatchARuleWithoutADeadLetterQueue() {
        SamTemplate broken = template.copy();
        TemplateRules.map(TemplateRules.events(broken.resources().get("NotificationConsumerFunction"))
                .get("OrderOutcome").get("Properties")).remove("DeadLetterConfig");
        assertThat(TemplateRules.ruleTargetsWithoutRetryOrDlq(broken)).containsExactly("NotificationConsumerFunction.OrderOutcome");
    }

    @Test
    void shouldCatchAnAsyncConsumerWithoutOnFailureDestination() {
        SamTemplate broken = template.copy();
        SamTemplate.properties(broken.resources().get("InventoryConsumerFunction")).remove("EventInvokeConfig");
        assertThat(TemplateRules.asyncConsumersWithoutOnFailure(broken)).containsExactly("InventoryConsumerFunction");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCatchAWildcardAction() {
        SamTemplate broken = template.copy();
        List<Object> policies = (List<Object>) SamTemplate.properties(broken.resources().get("OrderHandlerFunction")).get("Policies");
        policies.add(Map.of("Statement", List.of(Map.of("Effect", "Allow", "Action", "dynamodb:*", "Resource", "arn:x"))));
        assertThat(TemplateRules.wildcardStatements(broken)).singleElement().asString().contains("dynamodb:*");
    }

    @Test
    void shouldEncryptEveryTableAndQueueAndKeepTablesRecoverable() {
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((id, table) -> {
            Map<String, Object> props = SamTemplate.properties(table);
            assertThat(props.get("SSESpecification")).as(id).isEqualTo(Map.of("SSEEnabled", true));
            assertThat(props.get("PointInTimeRecoverySpecification")).as(id)
                    .isEqualTo(Map.of("PointInTimeRecoveryEnabled", true));
            assertThat(props.get("BillingMode")).as(id).isEqualTo("PAY_PER_REQUEST");
        });
        template.resourcesOfType("AWS::SQS::Queue").forEach((id, queue) ->
                assertThat(SamTemplate.properties(queue).get("SqsManagedSseEnabled")).as(id).isEqualTo(true));
    }

    @Test
    void shouldLogEveryFunctionToALogGroupWithRetention() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            Map<String, Object> logging = TemplateRules.map(SamTemplate.properties(fn).get("LoggingConfig"));
            Object group = TemplateRules.map(logging.get("LogGroup")).get("Ref");
            assertThat(group).as(id + " LoggingConfig.LogGroup").isNotNull();
            assertThat(SamTemplate.properties(template.resources().get((String) group))).as(id)
                    .containsKey("RetentionInDays");
        });
        assertThat(template.globalsOf("Function").get("LoggingConfig"))
                .isEqualTo(Map.of("LogFormat", "JSON", "ApplicationLogLevel", "INFO", "SystemLogLevel", "INFO"));
    }

    @Test
    void shouldHaveAMakefileTargetForEveryFunctionBuiltByMake() throws IOException {
        String makefile = Files.readString(SamTemplate.projectRoot().resolve("Makefile"));
        template.resources().forEach((id, resource) -> {
            Object buildMethod = TemplateRules.map(resource.get("Metadata")).get("BuildMethod");
            if ("makefile".equals(buildMethod)) {
                assertThat(makefile).as(id).contains("build-" + id + ":");
            }
        });
    }

    @Test
    void shouldPassCfnLintWhereItIsInstalled() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            Assumptions.abort("cfn-lint is not installed here; the template test above still ran");
            return;
        }
        Assumptions.assumeTrue(probe.waitFor() == 0, "cfn-lint --version failed");
        Process lint = new ProcessBuilder("cfn-lint", "template.yaml")
                .directory(SamTemplate.projectRoot().toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes());
        assertThat(lint.waitFor()).as(output).isZero();
    }

    @Test
    void shouldRunEveryFunctionOnASupportedJavaRuntime() {
        Object runtime = template.globalsOf("Function").get("Runtime");
        assertThat(runtime).isIn("java21", "java25");
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) ->
                assertThat(SamTemplate.properties(fn).getOrDefault("Runtime", runtime)).as(id).isIn("java21", "java25"));
    }
}
