package dev.orderflow.domain.order;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.RequestFields;
import dev.orderflow.domain.api.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a {@code POST /orders} body and reports every bad field at once. Whether each SKU exists is
 * checked later against the Inventory table, when the lines are priced.
 */
public final class OrderRequestValidator {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 1000;
    public static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final String CUSTOMER_ID_RULE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'";
    public static final String SKU_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-'";
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Checks an order id taken from a path; throws naming {@code orderId} if it cannot be one. */
    public static String validOrderId(String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw ValidationException.of("orderId", "must be 1 to 64 letters, digits or '-'");
        }
        return orderId;
    }

    /** Returns the request, or throws {@link ValidationException} naming each bad field. */
    public OrderRequest validate(String body) {
        RequestFields fields = new RequestFields();
        Optional<JsonNode> root = fields.object(body);
        if (root.isEmpty()) {
            fields.throwIfInvalid();
        }
        JsonNode json = root.get();
        Optional<String> customerId = fields.string(json, "customerId", "customerId", CUSTOMER_ID, CUSTOMER_ID_RULE);
        List<OrderRequest.Item> items = fields.array(json, "items", "items", 1, MAX_LINES)
                .map(array -> items(array, fields))
                .orElse(List.of());
        fields.throwIfInvalid();
        return new OrderRequest(customerId.orElseThrow(), items);
    }

    private static List<OrderRequest.Item> items(JsonNode array, RequestFields fields) {
        List<OrderRequest.Item> items = new ArrayList<>();
        Map<String, Integer> firstLineOfSku = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "items[" + i + "]";
            JsonNode line = array.get(i);
            if (!line.isObject()) {
                fields.reject(path, "must be an object with sku and quantity");
                continue;
            }
            Optional<String> sku = fields.string(line, "sku", path + ".sku", SKU, SKU_RULE);
            Optional<Long> quantity = fields.integer(line, "quantity", path + ".quantity", 1, MAX_QUANTITY);
            if (sku.isPresent()) {
                Integer first = firstLineOfSku.putIfAbsent(sku.get(), i);
                if (first != null) {
                    fields.reject(path + ".sku", "repeats items[" + first + "].sku; put the whole quantity on one line");
                    continue;
                }
            }
            if (sku.isPresent() && quantity.isPresent()) {
                items.add(new OrderRequest.Item(sku.get(), quantity.get().intValue()));
            }
        }
        return items;
    }
}
