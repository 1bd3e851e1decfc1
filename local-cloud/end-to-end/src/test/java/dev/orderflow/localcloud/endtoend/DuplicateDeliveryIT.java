package dev.orderflow.localcloud.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.messaging.MessagingSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** EventBridge at least once, made visible: every event reaches every consumer twice, and nothing happens twice. */
class DuplicateDeliveryIT {

    @Test
    void shouldReserveChargeAndNotifyOnceWhenEveryEventArrivesTwice() throws Exception {
        try (OrderFlowCloud flow = OrderFlowCloud.start(MessagingSettings.builder().asyncRetryDelay(Duration.ofMillis(200))
                .deliverEventsTwice(true), null)) {
            String sku = flow.stock(10);

            String confirmed = flow.order("cust-42", sku, 2);
            String declined = flow.order("cust-declined", sku, 3);

            assertThat(flow.settledStatus(confirmed, "PENDING", "RESERVED")).isEqualTo("CONFIRMED");
            assertThat(flow.settledStatus(declined, "PENDING", "RESERVED")).isEqualTo("PAYMENT_FAILED");
            assertThat(OrderFlowCloud.await(() -> {
                try {
                    var item = flow.get("/inventory/" + sku);
                    return item.path("available").asInt() == 8 && item.path("reserved").asInt() == 0 ? true : null;
                } catch (Exception e) {
                    return null;
                }
            })).as("two units sold once, three released once").isTrue();
            assertThat(OrderFlowCloud.await(() -> flow.notifications(confirmed).isEmpty() ? null : flow.notifications(confirmed)))
                    .hasSize(1);
            assertThat(OrderFlowCloud.await(() -> flow.notifications(declined).isEmpty() ? null : flow.notifications(declined)))
                    .hasSize(1);
            assertThat(flow.get("/payments/" + confirmed).path("status").asText()).isEqualTo("CAPTURED");
            assertThat(flow.logs.stream().filter(line -> line.startsWith("orderflow-dev-PaymentConsumerFunction ")
                    && line.contains("START RequestId"))).as("InventoryReserved was delivered twice for each order")
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
