package dev.orderflow.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import dev.orderflow.domain.api.Json;
import org.junit.jupiter.params.ParameterizedTest;

class EventParserTest {

    @ParameterizedTest
    @Event(value = "eventbridge/events/order-placed.json", type = ScheduledEvent.class)
    void shouldReadTheTypedDetailOfAnOrderPlacedEvent(ScheduledEvent event) {
        DomainEvent parsed = EventParser.parse(event);
        assertThat(parsed.type()).isEqualTo(EventType.ORDER_PLACED);
        assertThat(parsed.detail().orderId()).isEqualTo("6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f");
        assertThat(parsed.detail().totalCents()).isEqualTo(3700);
        assertThat(parsed.detail().lines()).containsExactly(
                new OrderEvent.Line("MUG-BLUE", 2, 1250), new OrderEvent.Line("TEA-EARL", 1, 1200));
    }

    @ParameterizedTest
    @Event(value = "eventbridge/events/unknown-detail-type.json", type = ScheduledEvent.class)
    void shouldRefuseAnEventOfAnotherType(ScheduledEvent event) {
        assertThatThrownBy(() -> EventParser.parse(event))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("OrderShipped");
    }

    @ParameterizedTest
    @Event(value = "eventbridge/events/missing-order-id.json", type = ScheduledEvent.class)
    void shouldRefuseAnEventWithoutAnOrderId(ScheduledEvent event) {
        assertThatThrownBy(() -> EventParser.parse(event))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("no orderId");
    }

    @ParameterizedTest
    @Event(value = "eventbridge/events/order-placed.json", type = ScheduledEvent.class)
    void shouldLeaveOptionalFieldsOutOfTheJson(ScheduledEvent event) {
        String json = Json.write(EventParser.parse(event).detail());
        assertThat(json).doesNotContain("shortSkus", "chargeId", "refundId", "reason", "null");
        String rejected = Json.write(EventParser.parse(event).detail().withShortSkus(java.util.List.of("MUG-BLUE")));
        assertThat(rejected).contains("\"shortSkus\":[\"MUG-BLUE\"]");
    }
}
