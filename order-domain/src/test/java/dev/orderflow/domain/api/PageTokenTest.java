package dev.orderflow.domain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokenTest {

    @Test
    void shouldRoundTripAStringAndNumberKey() {
        Map<String, AttributeValue> key = Map.of("customerId", AttributeValue.fromS("c-1"),
                "orderId", AttributeValue.fromS("o-1"), "seq", AttributeValue.fromN("42"));
        assertThat(PageToken.decode(PageToken.encode(key), "nextToken")).isEqualTo(key);
    }

    @Test
    void shouldHaveNoTokenOnTheLastPage() {
        assertThat(PageToken.encode(Map.of())).isNull();
        assertThat(PageToken.encode(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "e30", "eyJhIjp7fX0", "bm90IGpzb24"})
    void shouldRefuseATokenItDidNotMake(String token) {
        assertThatThrownBy(() -> PageToken.decode(token, "nextToken"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("nextToken", "is not a token this API returned")));
    }
}
