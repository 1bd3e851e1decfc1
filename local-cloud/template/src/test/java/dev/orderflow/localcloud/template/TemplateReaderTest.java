package dev.orderflow.localcloud.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {

    private static final TemplateSettings SETTINGS = TemplateSettings.builder().stackName("orderflow")
            .apiBaseUrl("http://127.0.0.1:3000").edgeUrl("http://127.0.0.1:4566").build();

    @TempDir
    Path folder;

    @Test
    void shouldMergeGlobalsAsSamDoes() {
        FunctionDefinition order = read(SETTINGS).function("OrderFunction").orElseThrow();

        assertThat(order.runtime()).isEqualTo("java21");
        assertThat(order.memorySize()).isEqualTo(512);
        assertThat(order.timeoutSeconds()).isEqualTo(20);
        assertThat(order.tracingActive()).isTrue();
        assertThat(order.environment()).containsEntry("STAGE", "dev").containsEntry("POWER_LEVEL", "10")
                .containsEntry("AWS_LAMBDA_EXEC_WRAPPER", "/opt/xray-wrapper");
        assertThat(order.loggingConfig()).containsEntry("LogFormat", "JSON");
        assertThat(order.reservedConcurrencyLimit()).contains(5);
    }

    @Test
    void shouldAddGlobalListEntriesBeforeTheFunctionsOwn() {
        SamTemplate template = read(SETTINGS);
        FunctionDefinition ping = template.function("PingFunction").orElseThrow();

        assertThat(ping.layers()).containsExactly("arn:aws:lambda:us-east-1:123456789012:layer:xray:1",
                "arn:aws:lambda:us-east-1:123456789012:layer:other:3");
        assertThat(template.layerByArn(ping.layers().get(0))).get()
                .extracting(LayerDefinition::contentUri).isEqualTo(template.directory().resolve("xray-layer"));
        assertThat(ping.timeoutSeconds()).isEqualTo(5);
    }

    @Test
    void shouldResolveIntrinsicsToLocalNamesArnsAndUrls() {
        SamTemplate template = read(SETTINGS);
        FunctionDefinition order = template.function("OrderFunction").orElseThrow();

        assertThat(order.environment())
                .containsEntry("ORDERS_TABLE", "orderflow-orders")
                .containsEntry("TABLE_ARN", "arn:aws:dynamodb:us-east-1:123456789012:table/orderflow-orders")
                .containsEntry("BUS", "orderflow-bus")
                .containsEntry("API_URL", "http://127.0.0.1:3000/orders")
                .containsEntry("RETENTION", "7")
                .containsEntry("FIRST_REGION", "eu-west-1")
                .containsEntry("SECOND", "b")
                .containsEntry("JOINED", "orderflow-orders")
                .containsEntry("LITERAL", "${NotReplaced}-dev")
                .containsEntry("SUBLIST", "dev@123456789012")
                .doesNotContainKey("MODE");
        assertThat(order.name()).isEqualTo("orderflow-OrderFunction");
        assertThat(order.arn()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orderflow-OrderFunction");
        assertThat(order.eventInvokeConfig().path("DestinationConfig").path("OnFailure").path("Destination").asText())
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:orderflow-FailureQueue");
        assertThat(template.outputs()).containsEntry("ApiUrl", "http://127.0.0.1:3000/")
                .containsEntry("QueueUrl", "http://127.0.0.1:4566/123456789012/orderflow-FailureQueue")
                .doesNotContainKey("ProdOnly");
    }

    @Test
    void shouldHonourParameterOverridesAndConditions() {
        TemplateSettings prod = TemplateSettings.builder().stackName("orderflow").parameterOverride("Stage", "prod").build();
        SamTemplate template = read(prod);

        assertThat(template.function("OrderFunction").orElseThrow().environment()).containsEntry("MODE", "live")
                .containsEntry("RETENTION", "90");
        assertThat(template.tables()).extracting(TableDefinition::logicalId).containsExactly("OrdersTable", "AuditTable");
        assertThat(template.tables().get(1).tableName()).isEqualTo("orderflow-AuditTable");
    }

    @Test
    void shouldRejectAnOverrideOutsideTheAllowedValues() {
        TemplateSettings bad = TemplateSettings.builder().parameterOverride("Stage", "qa").build();

        assertThatThrownBy(() -> read(bad)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("Parameters.Stage").hasMessageContaining("qa");
    }

    @Test
    void shouldBuildRoutesOnTheDeclaredAndTheImplicitApi() {
        SamTemplate template = read(SETTINGS);

        assertThat(template.apis()).extracting(ApiDefinition::logicalId).containsExactly("OrdersApi", "ServerlessRestApi");
        ApiDefinition orders = template.apis().get(0);
        assertThat(orders.stageName()).isEqualTo("dev");
        assertThat(orders.tracingEnabled()).isTrue();
        assertThat(orders.binaryMediaTypes()).containsExactly("image/png");
        assertThat(orders.cors().path("AllowOrigin").asText()).isEqualTo("'*'");
        assertThat(template.apis().get(1).stageName()).isEqualTo("Prod");
        assertThat(template.routes()).extracting(route -> route.apiLogicalId() + " " + route.method() + " " + route.path())
                .containsExactly("OrdersApi POST /orders", "OrdersApi GET /orders/{orderId}", "ServerlessRestApi ANY /ping");
    }

    @Test
    void shouldKeepEveryEventAndResourceForLaterEmulators() {
        SamTemplate template = read(SETTINGS);

        assertThat(template.function("PingFunction").orElseThrow().eventsOfType("Schedule")).singleElement()
                .satisfies(event -> assertThat(event.properties().path("Schedule").asText()).isEqualTo("rate(1 day)"));
        assertThat(template.resourcesOfType("AWS::SQS::Queue")).singleElement()
                .satisfies(queue -> assertThat(queue.physicalName()).isEqualTo("orderflow-FailureQueue"));
    }

    @Test
    void shouldNameTheUnknownReference() throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                + "      CodeUri: x\n      Handler: a.B\n      Environment:\n        Variables:\n          T: !Ref Missing\n");

        assertThatThrownBy(() -> TemplateReader.read(file, SETTINGS)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("Resources.F.Properties.Environment.Variables.T").hasMessageContaining("Missing");
    }

    @Test
    void shouldRejectAMissingHandler() throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: x\n");

        assertThatThrownBy(() -> TemplateReader.read(file, SETTINGS)).hasMessageContaining("Resources.F.Properties.Handler");
    }

    private static SamTemplate read(TemplateSettings settings) {
        try {
            return TemplateReader.read(Path.of(TemplateReaderTest.class.getResource("/templates/orders.yaml").toURI()), settings);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
