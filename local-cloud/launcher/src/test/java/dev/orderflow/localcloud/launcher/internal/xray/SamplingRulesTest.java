package dev.orderflow.localcloud.launcher.internal.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TemplateReader;
import dev.orderflow.localcloud.template.TemplateSettings;
import dev.orderflow.localcloud.xray.LocalXRay;
import dev.orderflow.localcloud.xray.XRaySampler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplingRulesTest {

    @TempDir
    Path dir;

    @Test
    void shouldServeTheTemplatesRulesThenTheOptionsWithTheDefault() throws Exception {
        SamTemplate template = template("Resources:\n"
                + "  OrdersRule:\n"
                + "    Type: AWS::XRay::SamplingRule\n"
                + "    Properties:\n"
                + "      SamplingRule:\n"
                + "        RuleName: !Sub ${AWS::StackName}-orders\n"
                + "        ResourceARN: '*'\n"
                + "        Priority: 10\n"
                + "        FixedRate: 0\n"
                + "        ReservoirSize: 0\n"
                + "        ServiceName: '*'\n"
                + "        ServiceType: '*'\n"
                + "        Host: '*'\n"
                + "        HTTPMethod: POST\n"
                + "        URLPath: /orders\n"
                + "        Version: 1\n");
        Path extra = Files.writeString(dir.resolve("rules.json"), "{\"RuleName\":\"health\",\"ResourceARN\":\"*\","
                + "\"Priority\":5,\"FixedRate\":1,\"ReservoirSize\":0,\"ServiceName\":\"*\",\"ServiceType\":\"*\","
                + "\"Host\":\"*\",\"HTTPMethod\":\"GET\",\"URLPath\":\"/health\",\"Version\":1}");

        try (LocalXRay xray = LocalXRay.builder().daemon(false).samplingRules(SamplingRules.json(template, extra)).start()) {
            String served = new String(xray.api().handle("POST", "/GetSamplingRules", new byte[0]).body(), StandardCharsets.UTF_8);

            assertThat(served).contains("\"RuleName\":\"rules-stack-orders\"").contains("\"RuleName\":\"health\"")
                    .contains("\"RuleName\":\"Default\"");
            assertThat(decide(xray, "POST", "/orders").ruleName()).isEqualTo("rules-stack-orders");
            assertThat(decide(xray, "POST", "/orders").sampled()).isFalse();
            assertThat(decide(xray, "GET", "/health").sampled()).isTrue();
        }
    }

    @Test
    void shouldNameTheFileThatIsNotJson() throws Exception {
        SamTemplate template = template("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "nope");

        assertThatThrownBy(() -> SamplingRules.json(template, broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--sampling-rules " + broken + ": not readable JSON: Unrecognized token 'nope'")
                .hasMessageNotContaining("\n");
    }

    private static XRaySampler.SamplingDecision decide(LocalXRay xray, String method, String path) {
        return xray.sampler().decide(new XRaySampler.SamplingRequest("orderflow-dev-api/dev", "AWS::ApiGateway::Stage",
                "127.0.0.1:3000", method, path, null));
    }

    private SamTemplate template(String resources) throws Exception {
        Path file = Files.writeString(dir.resolve("template.yaml"),
                "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n" + resources);
        return TemplateReader.read(file, TemplateSettings.builder().stackName("rules-stack").region("us-east-1")
                .apiBaseUrl("http://127.0.0.1:3000").edgeUrl("http://127.0.0.1:4566").build());
    }
}
