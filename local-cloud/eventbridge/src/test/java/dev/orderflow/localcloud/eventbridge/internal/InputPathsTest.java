package dev.orderflow.localcloud.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InputPathsTest {

    private final JsonNode event = read("{\"detail\":{\"order-id\":\"o-1\",\"lines\":[{\"sku\":\"A\"},{\"sku\":\"B\"}]}}");

    @Test
    void shouldSelectFieldsQuotedFieldsAndIndexes() {
        assertThat(InputPaths.select(event, "$")).isEqualTo(event);
        assertThat(InputPaths.select(event, "$.detail['order-id']").asText()).isEqualTo("o-1");
        assertThat(InputPaths.select(event, "$.detail.lines[1].sku").asText()).isEqualTo("B");
        assertThat(InputPaths.select(event, "$.detail.missing").isMissingNode()).isTrue();
    }

    @Test
    void shouldRefusePathsItCannotFollow() {
        assertThatThrownBy(() -> InputPaths.validate("detail.x")).hasMessageContaining("must start with $");
        assertThatThrownBy(() -> InputPaths.validate("$.detail[*]")).hasMessageContaining("not supported");
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
