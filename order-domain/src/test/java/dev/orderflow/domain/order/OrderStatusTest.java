package dev.orderflow.domain.order;

import static dev.orderflow.domain.order.OrderStatus.CONFIRMED;
import static dev.orderflow.domain.order.OrderStatus.NEEDS_ATTENTION;
import static dev.orderflow.domain.order.OrderStatus.PAYMENT_FAILED;
import static dev.orderflow.domain.order.OrderStatus.PENDING;
import static dev.orderflow.domain.order.OrderStatus.REFUNDED;
import static dev.orderflow.domain.order.OrderStatus.REJECTED;
import static dev.orderflow.domain.order.OrderStatus.RESERVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {

    /** The transitions the design allows; every other pair must be refused. */
    private static final Set<String> ALLOWED = Set.of(
            "PENDING->RESERVED", "PENDING->REJECTED", "RESERVED->CONFIRMED", "RESERVED->PAYMENT_FAILED",
            "CONFIRMED->REFUNDED", "PENDING->NEEDS_ATTENTION", "RESERVED->NEEDS_ATTENTION");

    static Stream<Arguments> everyPair() {
        return Stream.of(OrderStatus.values())
                .flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void shouldAllowExactlyTheDesignedTransitions(OrderStatus from, OrderStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from + "->" + to));
    }

    @ParameterizedTest
    @MethodSource("finalStatuses")
    void shouldLeaveNoWayOutOfAFinalStatusButRefund(OrderStatus status) {
        Stream.of(OrderStatus.values())
                .filter(next -> !(status == CONFIRMED && next == REFUNDED))
                .forEach(next -> assertThat(status.canMoveTo(next)).as(status + " -> " + next).isFalse());
    }

    static Stream<OrderStatus> finalStatuses() {
        return Stream.of(REJECTED, CONFIRMED, PAYMENT_FAILED, REFUNDED, NEEDS_ATTENTION);
    }

    @ParameterizedTest
    @MethodSource("finalStatuses")
    void shouldCallEveryEndOfTheFlowFinal(OrderStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(PENDING.isFinal()).isFalse();
        assertThat(RESERVED.isFinal()).isFalse();
    }
}
