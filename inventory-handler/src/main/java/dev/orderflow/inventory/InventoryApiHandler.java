package dev.orderflow.inventory;

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
import dev.orderflow.domain.inventory.InventoryPage;
import dev.orderflow.domain.inventory.InventoryRepository;
import dev.orderflow.domain.inventory.InventoryUpdate;
import dev.orderflow.domain.inventory.InventoryUpdateValidator;
import dev.orderflow.domain.logging.AppLog;
import java.time.Clock;

/** The inventory API: {@code GET /inventory}, {@code GET /inventory/{sku}}, {@code PUT /inventory/{sku}}. */
public final class InventoryApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final AppLog LOG = AppLog.of(InventoryApiHandler.class);
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 100;

    private final InventoryRepository inventory;
    private final Clock clock;
    private final InventoryUpdateValidator validator = new InventoryUpdateValidator();
    private final ApiRouter router;

    /** Used by Lambda: clients and tables from the environment. */
    public InventoryApiHandler() {
        this(Backend.fromEnvironment(Env.system(), false));
    }

    public InventoryApiHandler(Backend backend) {
        this.inventory = backend.inventory();
        this.clock = backend.clock();
        this.router = ApiRouter.builder()
                .route("GET", "/inventory", this::list)
                .route("GET", "/inventory/{sku}", this::get)
                .route("PUT", "/inventory/{sku}", this::put)
                .build();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return router.handle(event);
    }

    private APIGatewayProxyResponseEvent list(ApiRequest request) {
        int limit = request.intQueryParameter("limit", DEFAULT_PAGE, 1, MAX_PAGE);
        InventoryPage page = inventory.page(limit, request.queryParameter("nextToken").orElse(null));
        return ApiResponses.json(200, new InventoryPageView(page.items().stream().map(InventoryView::of).toList(),
                page.nextToken()));
    }

    private APIGatewayProxyResponseEvent get(ApiRequest request) {
        String sku = InventoryUpdateValidator.validSku(request.pathParameter("sku"));
        return inventory.find(sku)
                .map(item -> ApiResponses.json(200, InventoryView.of(item)))
                .orElseThrow(() -> new NotFoundException("SKU " + sku + " not found"));
    }

    private APIGatewayProxyResponseEvent put(ApiRequest request) {
        InventoryUpdate update = validator.validate(request.pathParameter("sku"), request.body());
        InventoryRepository.Upserted result = inventory.upsert(update, clock.instant());
        LOG.info(result.created() ? "SKU created" : "SKU restocked", "sku", update.sku(),
                "available", update.available(), "priceCents", update.priceCents());
        return ApiResponses.json(result.created() ? 201 : 200, InventoryView.of(result.item()));
    }
}
