package dev.orderflow.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.RequestFields;
import dev.orderflow.domain.order.OrderRequestValidator;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a {@code PUT /inventory/{sku}} request and reports every bad field at once. */
public final class InventoryUpdateValidator {

    public static final long MAX_PRICE_CENTS = 100_000_000L;
    public static final long MAX_AVAILABLE = 1_000_000_000L;
    private static final Pattern NAME = Pattern.compile("\\S(.{0,198}\\S)?", Pattern.DOTALL);

    public InventoryUpdate validate(String sku, String body) {
        RequestFields fields = new RequestFields();
        validSku(sku, fields);
        Optional<JsonNode> root = fields.object(body);
        Optional<String> name = Optional.empty();
        Optional<Long> price = Optional.empty();
        Optional<Long> available = Optional.empty();
        if (root.isPresent()) {
            name = fields.string(root.get(), "name", "name", NAME, "must be 1 to 200 characters, not starting or ending with a space");
            price = fields.integer(root.get(), "priceCents", "priceCents", 0, MAX_PRICE_CENTS);
            available = fields.integer(root.get(), "available", "available", 0, MAX_AVAILABLE);
        }
        fields.throwIfInvalid();
        return new InventoryUpdate(sku, name.orElseThrow(), price.orElseThrow(), available.orElseThrow());
    }

    /** Checks a SKU taken from the path; throws naming {@code sku} if it cannot be one. */
    public static String validSku(String sku) {
        RequestFields fields = new RequestFields();
        validSku(sku, fields);
        fields.throwIfInvalid();
        return sku;
    }

    private static void validSku(String sku, RequestFields fields) {
        if (sku == null || !OrderRequestValidator.SKU.matcher(sku).matches()) {
            fields.reject("sku", OrderRequestValidator.SKU_RULE);
        }
    }
}
