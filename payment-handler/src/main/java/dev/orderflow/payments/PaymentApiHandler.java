package dev.orderflow.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.api.ApiRequest;
import dev.orderflow.domain.api.ApiResponses;
import dev.orderflow.domain.api.ApiRouter;
import dev.orderflow.domain.api.NotFoundException;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.order.OrderRequestValidator;
import dev.orderflow.domain.payment.PaymentGateway;
import dev.orderflow.domain.payment.PaymentRepository;
import dev.orderflow.domain.payment.SimulatedPaymentGateway;

/** The payments API: {@code GET /payments/{orderId}}, {@code POST /payments/{orderId}/refund}. */
public final class PaymentApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final PaymentRepository payments;
    private final RefundService refunds;
    private final ApiRouter router;

    /** Used by Lambda: clients, tables and the gateway's rules from the environment. */
    public PaymentApiHandler() {
        this(Backend.fromEnvironment(Env.system(), true), SimulatedPaymentGateway.fromEnv(Env.system()));
    }

    public PaymentApiHandler(Backend backend, PaymentGateway gateway) {
        this.payments = backend.payments();
        this.refunds = new RefundService(payments, backend.orders(), backend.transitions(), gateway, backend.clock());
        this.router = ApiRouter.builder()
                .route("GET", "/payments/{orderId}", this::get)
                .route("POST", "/payments/{orderId}/refund", this::refund)
                .build();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return router.handle(event);
    }

    private APIGatewayProxyResponseEvent get(ApiRequest request) {
        String orderId = orderId(request);
        return payments.find(orderId)
                .map(payment -> ApiResponses.json(200, PaymentView.of(payment)))
                .orElseThrow(() -> new NotFoundException("No payment for order " + orderId));
    }

    private APIGatewayProxyResponseEvent refund(ApiRequest request) {
        return ApiResponses.json(200, PaymentView.of(refunds.refund(orderId(request))));
    }

    private static String orderId(ApiRequest request) {
        return OrderRequestValidator.validOrderId(request.pathParameter("orderId"));
    }
}
