package dev.orderflow.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.domain.config.Env;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedPaymentGatewayTest {

    private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway(Set.of("cust-declined"), 10_000);

    @Test
    void shouldApproveAnOrdinaryCharge() {
        ChargeResult result = gateway.charge("order-1", "cust-1", 9_999);
        assertThat(result.approved()).isTrue();
        assertThat(result.chargeId()).startsWith("ch_").hasSize(27);
    }

    @Test
    void shouldDeclineAListedCustomer() {
        assertThat(gateway.charge("order-1", "cust-declined", 1)).isEqualTo(ChargeResult.declined("CARD_DECLINED"));
    }

    @Test
    void shouldDeclineAnAmountOverTheLimitButNotAtIt() {
        assertThat(gateway.charge("order-1", "cust-1", 10_001)).isEqualTo(ChargeResult.declined("AMOUNT_LIMIT_EXCEEDED"));
        assertThat(gateway.charge("order-1", "cust-1", 10_000).approved()).isTrue();
    }

    @Test
    void shouldAnswerTheSameIdempotencyKeyWithTheSameCharge() {
        assertThat(gateway.charge("order-1", "cust-1", 5)).isEqualTo(gateway.charge("order-1", "cust-1", 5));
        assertThat(gateway.charge("order-1", "cust-1", 5)).isNotEqualTo(gateway.charge("order-2", "cust-1", 5));
        assertThat(gateway.refund("order-1", "ch_x", 5)).isEqualTo(gateway.refund("order-1", "ch_x", 5)).startsWith("re_");
    }

    @Test
    void shouldReadItsRulesFromTheEnvironment() {
        SimulatedPaymentGateway configured = SimulatedPaymentGateway.fromEnv(Env.of(Map.of(
                "PAYMENT_DECLINED_CUSTOMERS", " a , b ,", "PAYMENT_LIMIT_CENTS", "100")));
        assertThat(configured.charge("o", "b", 1).approved()).isFalse();
        assertThat(configured.charge("o", "c", 101).declineCode()).isEqualTo("AMOUNT_LIMIT_EXCEEDED");
        assertThat(SimulatedPaymentGateway.fromEnv(Env.of(Map.of())).charge("o", "c", 500_000).approved()).isTrue();
    }
}
