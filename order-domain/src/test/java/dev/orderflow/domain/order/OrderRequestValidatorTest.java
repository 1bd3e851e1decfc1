package dev.orderflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.domain.api.FieldError;
import dev.orderflow.domain.api.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderRequestValidatorTest {

    private final OrderRequestValidator validator = new OrderRequestValidator();

    @Test
    void shouldAcceptAWellFormedOrder() {
        OrderRequest request = validator.validate("""
                {"customerId":"cust-1","items":[{"sku":"SKU-1","quantity":2},{"sku":"SKU-2","quantity":1000}]}""");
        assertThat(request.customerId()).isEqualTo("cust-1");
        assertThat(request.items()).containsExactly(new OrderRequest.Item("SKU-1", 2), new OrderRequest.Item("SKU-2", 1000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json at all               | body                | must be a JSON object",
        "[1,2]                         | body                | must be a JSON object",
        "{\"items\":[{\"sku\":\"A\",\"quantity\":1}]}                  | customerId | is required",
        "{\"customerId\":42,\"items\":[{\"sku\":\"A\",\"quantity\":1}]} | customerId | must be a string",
        "{\"customerId\":\"a b\",\"items\":[{\"sku\":\"A\",\"quantity\":1}]} | customerId | must be 1 to 64 letters, digits, '.', '_', ':' or '-'",
        "{\"customerId\":\"c\"}                                        | items      | is required",
        "{\"customerId\":\"c\",\"items\":{}}                           | items      | must be an array",
        "{\"customerId\":\"c\",\"items\":[]}                           | items      | must have at least 1 element",
        "{\"customerId\":\"c\",\"items\":[7]}                          | items[0]   | must be an object with sku and quantity",
        "{\"customerId\":\"c\",\"items\":[{\"quantity\":1}]}           | items[0].sku | is required",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":5,\"quantity\":1}]} | items[0].sku | must be a string",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\"}]}            | items[0].quantity | is required",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":0}]}    | items[0].quantity | must be at least 1",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":-3}]}   | items[0].quantity | must be at least 1",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":1001}]} | items[0].quantity | must be at most 1000",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":1.5}]}  | items[0].quantity | must be an integer",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":\"2\"}]} | items[0].quantity | must be an integer",
        "{\"customerId\":\"c\",\"items\":[{\"sku\":\"A\",\"quantity\":1e30}]} | items[0].quantity | must be an integer",
    })
    void shouldNameTheBadField(String body, String field, String message) {
        assertThatThrownBy(() -> validator.validate(body))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError(field, message)));
    }

    @Test
    void shouldRefuseMoreThanOneHundredLines() {
        assertThatThrownBy(() -> validator.validate(order(101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("items", "must have at most 100 elements")));
    }

    @Test
    void shouldAcceptExactlyOneHundredLines() {
        assertThat(validator.validate(order(100)).items()).hasSize(100);
    }

    @Test
    void shouldRefuseTheSameSkuOnTwoLines() {
        assertThatThrownBy(() -> validator.validate("""
                {"customerId":"c","items":[{"sku":"A","quantity":1},{"sku":"B","quantity":1},{"sku":"A","quantity":2}]}"""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("items[2].sku", "repeats items[0].sku; put the whole quantity on one line")));
    }

    @Test
    void shouldReportEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> validator.validate("""
                {"customerId":"","items":[{"sku":"","quantity":0},{"sku":"B"}]}"""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("customerId", "items[0].sku", "items[0].quantity", "items[1].quantity"));
    }

    @Test
    void shouldRefuseAMalformedOrderIdFromThePath() {
        assertThat(OrderRequestValidator.validOrderId("6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f")).isNotNull();
        assertThatThrownBy(() -> OrderRequestValidator.validOrderId("../etc"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("orderId"));
    }

    private static String order(int lines) {
        String items = IntStream.range(0, lines)
                .mapToObj(i -> "{\"sku\":\"SKU-" + i + "\",\"quantity\":1}")
                .collect(Collectors.joining(","));
        return "{\"customerId\":\"c\",\"items\":[" + items + "]}";
    }

    @Test
    void shouldListFieldErrorsInTheExceptionMessage() {
        ValidationException e = new ValidationException(List.of(new FieldError("a", "is required")));
        assertThat(e.getMessage()).isEqualTo("a: is required");
    }
}
