package dev.orderflow.localcloud.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.messaging.MessagingSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order flows of template.yaml through the local cloud: HTTP in, EventBridge rules to the
 * consumers, DynamoDB state and notifications out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderFlowIT {

    private OrderFlowCloud flow;

    @BeforeAll
    void start() throws Exception {
        flow = OrderFlowCloud.start(MessagingSettings.builder().asyncRetryDelay(Duration.ofMillis(200))
                , null);
    }

    @AfterAll
    void stop() throws Exception {
        flow.close();
    }

    @Test
    void shouldReserveChargeConfirmAndNotifyAPlacedOrder() throws Exception {
        String sku = flow.stock(10);

        String orderId = flow.order("cust-42", sku, 2);

        assertThat(flow.settledStatus(orderId, "PENDING", "RESERVED")).isEqualTo("CONFIRMED");
        assertThat(OrderFlowCloud.await(() -> flow.notifications(orderId).isEmpty() ? null : flow.notifications(orderId)))
                .singleElement().satisfies(n -> assertThat(n.get("template").s()).isEqualTo("order-confirmed"));
        assertThat(flow.get("/payments/" + orderId).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(OrderFlowCloud.await(() -> settledStock(sku, 8))).isTrue();
    }

    @Test
    void shouldRejectAnOrderForMoreThanTheStockAndNotify() throws Exception {
        String sku = flow.stock(1);

        String orderId = flow.order("cust-42", sku, 3);

        assertThat(flow.settledStatus(orderId, "PENDING")).isEqualTo("REJECTED");
        assertThat(OrderFlowCloud.await(() -> flow.notifications(orderId).isEmpty() ? null : flow.notifications(orderId)))
                .singleElement().satisfies(n -> assertThat(n.get("template").s()).isEqualTo("order-rejected"));
        assertThat(flow.get("/inventory/" + sku).path("available").asInt()).isEqualTo(1);
    }

    @Test
    void shouldReleaseTheStockOfADeclinedPaymentAndNotify() throws Exception {
        String sku = flow.stock(5);

        String orderId = flow.order("cust-declined", sku, 2);

        assertThat(flow.settledStatus(orderId, "PENDING", "RESERVED")).isEqualTo("PAYMENT_FAILED");
        assertThat(OrderFlowCloud.await(() -> flow.notifications(orderId).isEmpty() ? null : flow.notifications(orderId)))
                .singleElement().satisfies(n -> assertThat(n.get("template").s()).isEqualTo("payment-failed"));
        assertThat(flow.get("/payments/" + orderId).path("status").asText()).isEqualTo("DECLINED");
        assertThat(OrderFlowCloud.await(() -> settledStock(sku, 5))).as("the holds are released").isTrue();
    }

    private Boolean settledStock(String sku, int available) {
        try {
            var item = flow.get("/inventory/" + sku);
            return item.path("available").asInt() == available && item.path("reserved").asInt() == 0 ? true : null;
        } catch (Exception e) {
            return null;
        }
    }
}
