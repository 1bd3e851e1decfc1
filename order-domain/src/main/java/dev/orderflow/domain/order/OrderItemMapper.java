package dev.orderflow.domain.order;

import static dev.orderflow.domain.dynamo.Attributes.instant;
import static dev.orderflow.domain.dynamo.Attributes.n;
import static dev.orderflow.domain.dynamo.Attributes.number;
import static dev.orderflow.domain.dynamo.Attributes.s;
import static dev.orderflow.domain.dynamo.Attributes.string;
import static dev.orderflow.domain.dynamo.Attributes.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Orders table items to {@link Order} and back. */
final class OrderItemMapper {

    static final String ORDER_ID = "orderId";
    static final String CUSTOMER_ID = "customerId";
    static final String STATUS = "status";
    static final String LINES = "lines";
    static final String TOTAL_CENTS = "totalCents";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String STATUS_REASON = "statusReason";

    private OrderItemMapper() {
    }

    static Map<String, AttributeValue> toItem(Order order) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ORDER_ID, s(order.orderId()));
        item.put(CUSTOMER_ID, s(order.customerId()));
        item.put(STATUS, s(order.status().name()));
        item.put(LINES, AttributeValue.fromL(order.lines().stream().map(OrderItemMapper::line).toList()));
        item.put(TOTAL_CENTS, n(order.totalCents()));
        item.put(CREATED_AT, time(order.createdAt()));
        item.put(UPDATED_AT, time(order.updatedAt()));
        if (order.statusReason() != null) {
            item.put(STATUS_REASON, s(order.statusReason()));
        }
        return item;
    }

    static Order fromItem(Map<String, AttributeValue> item) {
        List<OrderLine> lines = item.get(LINES).l().stream().map(v -> line(v.m())).toList();
        return new Order(
                string(item, ORDER_ID),
                string(item, CUSTOMER_ID),
                OrderStatus.valueOf(string(item, STATUS)),
                lines,
                number(item, TOTAL_CENTS),
                instant(item, CREATED_AT),
                instant(item, UPDATED_AT),
                string(item, STATUS_REASON));
    }

    private static AttributeValue line(OrderLine line) {
        return AttributeValue.fromM(Map.of(
                "sku", s(line.sku()),
                "quantity", n(line.quantity()),
                "unitPriceCents", n(line.unitPriceCents())));
    }

    private static OrderLine line(Map<String, AttributeValue> m) {
        return new OrderLine(string(m, "sku"), (int) number(m, "quantity"), number(m, "unitPriceCents"));
    }
}
