package dev.orderflow.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.api.ApiRequest;
import dev.orderflow.domain.api.ApiResponses;
import dev.orderflow.domain.api.ApiRouter;
import dev.orderflow.domain.api.ValidationException;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.order.OrderPage;
import dev.orderflow.domain.order.OrderRequestValidator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The orders API: {@code POST /orders}, {@code GET /orders/{orderId}}, {@code GET /orders?customerId=}.
 */
public final class OrderApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 100;

    private final ApiRouter router;

    /** Used by Lambda: clients and tables from the environment. */
    public OrderApiHandler() {
        this(service(Backend.fromEnvironment(Env.system(), true)));
    }

    public OrderApiHandler(OrderService orders) {
        this.router = ApiRouter.builder()
                .route("POST", "/orders", request -> place(orders, request))
                .route("GET", "/orders/{orderId}", request -> get(orders, request))
                .route("GET", "/orders", request -> list(orders, request))
                .build();
    }

    public static OrderService service(Backend backend) {
        return new OrderService(backend.dynamoDb(), backend.orders(), backend.inventory(), backend.idempotency(),
                backend.outbox(), backend.dispatcher(), backend.clock());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return router.handle(event);
    }

    private static APIGatewayProxyResponseEvent place(OrderService orders, ApiRequest request) {
        Optional<String> key = request.header("Idempotency-Key");
        if (key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches()) {
            throw ValidationException.of("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
        }
        Placement placement = orders.place(request.body(), key);
        APIGatewayProxyResponseEvent response = ApiResponses.json(placement.created() ? 201 : 200,
                OrderView.of(placement.order()));
        return response.withHeaders(Map.of("Content-Type", "application/json",
                "Location", "/orders/" + placement.order().orderId()));
    }

    private static APIGatewayProxyResponseEvent get(OrderService orders, ApiRequest request) {
        String orderId = OrderRequestValidator.validOrderId(request.pathParameter("orderId"));
        return ApiResponses.json(200, OrderView.of(orders.get(orderId)));
    }

    private static APIGatewayProxyResponseEvent list(OrderService orders, ApiRequest request) {
        String customerId = request.queryParameter("customerId")
                .orElseThrow(() -> ValidationException.of("customerId", "is required"));
        if (!OrderRequestValidator.CUSTOMER_ID.matcher(customerId).matches()) {
            throw ValidationException.of("customerId", OrderRequestValidator.CUSTOMER_ID_RULE);
        }
        int limit = request.intQueryParameter("limit", DEFAULT_PAGE, 1, MAX_PAGE);
        OrderPage page = orders.byCustomer(customerId, limit, request.queryParameter("nextToken").orElse(null));
        return ApiResponses.json(200, new OrderPageView(page.orders().stream().map(OrderView::of).toList(), page.nextToken()));
    }
}
