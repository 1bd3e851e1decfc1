package dev.orderflow.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.domain.api.FieldError;
import dev.orderflow.domain.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryUpdateValidatorTest {

    private final InventoryUpdateValidator validator = new InventoryUpdateValidator();

    @Test
    void shouldAcceptANewSku() {
        assertThat(validator.validate("SKU-1", "{\"name\":\"Blue mug\",\"priceCents\":1250,\"available\":10}"))
                .isEqualTo(new InventoryUpdate("SKU-1", "Blue mug", 1250, 10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"priceCents\":1,\"available\":1}                      | name       | is required",
        "{\"name\":\" x\",\"priceCents\":1,\"available\":1}      | name       | must be 1 to 200 characters, not starting or ending with a space",
        "{\"name\":\"x\",\"available\":1}                        | priceCents | is required",
        "{\"name\":\"x\",\"priceCents\":-1,\"available\":1}      | priceCents | must be at least 0",
        "{\"name\":\"x\",\"priceCents\":\"1\",\"available\":1}   | priceCents | must be an integer",
        "{\"name\":\"x\",\"priceCents\":1,\"available\":-5}      | available  | must be at least 0",
        "{\"name\":\"x\",\"priceCents\":1,\"available\":2000000000} | available | must be at most 1000000000",
        "null                                                     | body       | must be a JSON object",
    })
    void shouldNameTheBadField(String body, String field, String message) {
        assertThatThrownBy(() -> validator.validate("SKU-1", body))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError(field, message)));
    }

    @Test
    void shouldRefuseABadSkuInThePathTogetherWithBodyErrors() {
        assertThatThrownBy(() -> validator.validate("no spaces", "{}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("sku", "name", "priceCents", "available"));
    }
}
