package dev.orderflow.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.events.EventType;
import dev.orderflow.domain.order.Order;
import dev.orderflow.domain.order.OrderLine;
import dev.orderflow.domain.order.OrderStatus;
import dev.orderflow.domain.payment.Payment;
import dev.orderflow.domain.payment.PaymentStatus;
import dev.orderflow.domain.payment.SimulatedPaymentGateway;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDbExtension;
import dev.orderflow.testing.TestBackend;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class PaymentApiHandlerTest {

    @RegisterExtension
    static final LocalDynamoDbExtension DYNAMO = new LocalDynamoDbExtension();
    private static final String ORDER_ID = "6f1c2d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f";

    private TestBackend test;
    private PaymentApiHandler handler;

    @BeforeEach
    void setUp() {
        test = new TestBackend(DYNAMO.client());
        handler = new PaymentApiHandler(test.backend, new SimulatedPaymentGateway(Set.of(), 1_000_000));
    }

    @Test
    void shouldRefundACapturedPaymentOnceAndAnnounceIt() {
        given(OrderStatus.CONFIRMED, PaymentStatus.CAPTURED);

        APIGatewayProxyResponseEvent refunded = handler.handleRequest(load("refund.json"), null);
        assertThat(refunded.getStatusCode()).isEqualTo(200);
        assertThat(json(refunded).get("status").asText()).isEqualTo("REFUNDED");
        assertThat(json(refunded).get("refundId").asText()).startsWith("re_");
        assertThat(test.backend.orders().find(ORDER_ID).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(test.bus.published(EventType.PAYMENT_REFUNDED)).singleElement()
                .satisfies(e -> assertThat(e.detail().lines()).hasSize(1));

        APIGatewayProxyResponseEvent again = handler.handleRequest(load("refund.json"), null);
        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(json(again).get("errors").get(0).get("field").asText()).isEqualTo("orderId");
        assertThat(test.bus.published()).hasSize(1);
    }

    @Test
    void shouldRefuseToRefundWithoutACapturedPayment() {
        assertThat(handler.handleRequest(load("refund.json"), null).getStatusCode()).as("no payment").isEqualTo(409);
        given(OrderStatus.PAYMENT_FAILED, PaymentStatus.DECLINED);
        APIGatewayProxyResponseEvent declined = handler.handleRequest(load("refund.json"), null);
        assertThat(declined.getStatusCode()).isEqualTo(409);
        assertThat(json(declined).get("message").asText()).contains("DECLINED");
        assertThat(test.bus.published()).isEmpty();
    }

    @Test
    void shouldRefuseToRefundAnOrderThatIsNotConfirmedAndChangeNothing() {
        given(OrderStatus.NEEDS_ATTENTION, PaymentStatus.CAPTURED);
        APIGatewayProxyResponseEvent response = handler.handleRequest(load("refund.json"), null);
        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(json(response).get("message").asText()).contains("NEEDS_ATTENTION");
        assertThat(test.backend.payments().find(ORDER_ID).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void shouldShowAPaymentAndAnswer404WithoutOne() {
        assertThat(handler.handleRequest(load("get-payment.json"), null).getStatusCode()).isEqualTo(404);
        given(OrderStatus.CONFIRMED, PaymentStatus.CAPTURED);
        APIGatewayProxyResponseEvent response = handler.handleRequest(load("get-payment.json"), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).get("amountCents").asLong()).isEqualTo(2500);
        assertThat(response.getBody()).doesNotContain("customerId");
    }

    private void given(OrderStatus orderStatus, PaymentStatus paymentStatus) {
        Instant now = test.clock.instant();
        Order order = new Order(ORDER_ID, "cust-42", orderStatus, List.of(new OrderLine("MUG-BLUE", 2, 1250)), 2500, now, now, null);
        Payment payment = new Payment(ORDER_ID, "cust-42", paymentStatus, 2500,
                paymentStatus == PaymentStatus.CAPTURED ? "ch_1" : null,
                paymentStatus == PaymentStatus.DECLINED ? "CARD_DECLINED" : null, null, now, now);
        DYNAMO.client().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                test.backend.orders().insert(order), test.backend.payments().record(payment)).build());
    }

    private static APIGatewayProxyRequestEvent load(String fixture) {
        return EventLoader.loadApiGatewayRestEvent("apigateway/events/" + fixture);
    }

    private static JsonNode json(APIGatewayProxyResponseEvent response) {
        return Json.parseTree(response.getBody()).orElseThrow();
    }
}
