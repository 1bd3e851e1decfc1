package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerConfigTest {

    @Test
    void shouldDefaultServiceToTheFunctionNameAndTracingOn() {
        LayerConfig config = LayerConfig.fromEnvironment(Map.of(
                "XRAY_LAYER_HANDLER", "example.Handler", "AWS_LAMBDA_FUNCTION_NAME", "orders-api"));

        assertThat(config.originalHandler()).isEqualTo("example.Handler");
        assertThat(config.enabled()).isTrue();
        assertThat(config.service()).isEqualTo("orders-api");
        assertThat(config.environment()).isEqualTo("default");
        assertThat(config.captureBodies()).isFalse();
        assertThat(config.annotateKeys()).isEmpty();
        assertThat(config.redactKeys()).containsAll(LayerConfig.DEFAULT_REDACT_KEYS);
    }

    @Test
    void shouldReadEveryVariable() {
        LayerConfig config = LayerConfig.fromEnvironment(Map.of(
                "XRAY_LAYER_HANDLER", "example.Handler",
                "XRAY_LAYER_ENABLED", "false",
                "XRAY_LAYER_SERVICE", "orderflow",
                "XRAY_LAYER_ENVIRONMENT", "prod",
                "XRAY_LAYER_ANNOTATE_KEYS", " orderId , sku,orderId",
                "XRAY_LAYER_CAPTURE_BODIES", "true",
                "XRAY_LAYER_REDACT_KEYS", "iban,Birth"));

        assertThat(config.enabled()).isFalse();
        assertThat(config.service()).isEqualTo("orderflow");
        assertThat(config.environment()).isEqualTo("prod");
        assertThat(config.annotateKeys()).containsExactly("orderId", "sku");
        assertThat(config.captureBodies()).isTrue();
        assertThat(config.isRedacted("customerIBAN")).isTrue();
        assertThat(config.isRedacted("dateOfBirth")).isTrue();
        assertThat(config.isRedacted("email")).as("defaults stay").isTrue();
    }

    @Test
    void shouldNeverAnnotateAKeyThatLooksLikePersonalData() {
        LayerConfig config = LayerConfig.fromEnvironment(Map.of(
                "XRAY_LAYER_HANDLER", "example.Handler",
                "XRAY_LAYER_ANNOTATE_KEYS", "orderId,customerEmail,cardNumber,phone"));

        assertThat(config.annotateKeys()).containsExactly("orderId");
    }

    @Test
    void shouldKeepDefaultsForValuesItCannotRead() {
        LayerConfig config = LayerConfig.fromEnvironment(Map.of(
                "XRAY_LAYER_HANDLER", "example.Handler", "XRAY_LAYER_ENABLED", "maybe", "XRAY_LAYER_CAPTURE_BODIES", "sure"));

        assertThat(config.enabled()).isTrue();
        assertThat(config.captureBodies()).isFalse();
    }

    @Test
    void shouldRejectAMissingOriginalHandlerNamingTheVariable() {
        assertThatThrownBy(() -> LayerConfig.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XRAY_LAYER_HANDLER");
    }

    /** What the interceptors read, with no handler set (they run in clients, not in the handler). */
    @Test
    void shouldReadTheOffSwitchAsTheWrapperScriptDoes() {
        assertThat(LayerConfig.enabled(Map.of())).isTrue();
        assertThat(LayerConfig.enabled(Map.of("XRAY_LAYER_ENABLED", "maybe"))).isTrue();
        for (String off : new String[] {"false", "FALSE", " 0 ", "no"}) {
            assertThat(LayerConfig.enabled(Map.of("XRAY_LAYER_ENABLED", off))).as(off).isFalse();
        }
    }
}
