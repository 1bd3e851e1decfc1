package dev.orderflow.xray;

import static dev.orderflow.xray.LayerHarness.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer runs every handler shape the Java runtime accepts, and fails at init where the runtime would. */
class HandlerLoadingTest {
    private static final String FIXTURES = "dev.orderflow.xray.fixtures.";
    private LayerHarness layer;

    @BeforeEach
    void start() throws Exception {
        layer = new LayerHarness();
    }

    @AfterEach
    void stop() {
        layer.close();
    }

    @Test
    void shouldPassAStreamHandlersBytesThrough() throws Throwable {
        String raw = "{\"not\":\"an event\", \"n\": [1, 2]}";

        assertThat(invoke(layer.handler(FIXTURES + "EchoStreamFixture"), raw)).isEqualTo(raw);
        assertThat(layer.segments(1).get(0).path("annotations").path("EventSource").asText()).isEqualTo("direct");
    }

    @Test
    void shouldRunAMethodHandlerWithContextAndNameTheSubsegmentAfterTheMethod() throws Throwable {
        String response = invoke(layer.handler(FIXTURES + "MethodFixture::greet"), "{\"name\":\"Ana\"}");

        JsonNode json = LayerHarness.json(response);
        assertThat(json.path("greeting").asText()).isEqualTo("hello Ana");
        assertThat(json.path("requestId").asText()).isEqualTo("req-1");
        assertThat(layer.segments(1).get(0).path("name").asText()).isEqualTo("## greet");
    }

    @Test
    void shouldRunStaticAndVoidMethodHandlers() throws Throwable {
        assertThat(invoke(layer.handler(FIXTURES + "MethodFixture::version"), "{}")).isEqualTo("\"v1\"");
        assertThat(invoke(layer.handler(FIXTURES + "MethodFixture::nothing"), "{}")).isEqualTo("null");
    }

    @Test
    void shouldResolveTheInputTypeThroughAGenericBaseClass() throws Throwable {
        assertThat(invoke(layer.handler(FIXTURES + "ConcreteFixture"), "{\"orderId\":\"o-9\"}")).isEqualTo("\"got o-9\"");
    }

    @Test
    void shouldFailInitWithTheFunctionsOwnErrors() {
        assertThatThrownBy(() -> layer.handler(FIXTURES + "FailingConstructorFixture"))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("TABLE_NAME is not set");
        assertThatThrownBy(() -> layer.handler(FIXTURES + "Missing"))
                .isExactlyInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> layer.handler(FIXTURES + "MethodFixture::absent"))
                .hasMessageContaining("No public method named absent");
        assertThatThrownBy(() -> layer.handler(FIXTURES + "PaymentDeclinedException"))
                .hasMessageContaining("does not implement an appropriate handler interface");
    }

    @Test
    void shouldReportUnparseableInputAsTheRuntimeDoes() throws Throwable {
        TracingHandler handler = layer.handler(FIXTURES + "ConcreteFixture");

        assertThatThrownBy(() -> invoke(handler, "{not json"))
                .isInstanceOf(RuntimeException.class).hasMessage("An error occurred during JSON parsing");
        assertThat(layer.segments(1).get(0).path("fault").asBoolean()).isTrue();
    }
}
