package dev.orderflow.domain.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.orderflow.domain.logging.AppLog;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a proxy request to the route registered for its resource and method, and turns every
 * failure into a JSON answer: 400 for bad input, 404, 405, 409, and 500 with no detail for anything
 * unexpected (the detail goes to the log, never to the caller).
 */
public final class ApiRouter {

    private static final AppLog LOG = AppLog.of(ApiRouter.class);

    private final Map<String, Map<String, Route>> routes;

    private ApiRouter(Map<String, Map<String, Route>> routes) {
        this.routes = routes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event) {
        ApiRequest request = new ApiRequest(event);
        Map<String, Route> byMethod = routes.get(event.getResource());
        if (byMethod == null) {
            return ApiResponses.error(404, "No route for " + event.getResource(), request.requestId());
        }
        Route route = byMethod.get(event.getHttpMethod());
        if (route == null) {
            return ApiResponses.error(405, "Method " + event.getHttpMethod() + " not allowed on " + event.getResource(),
                    request.requestId());
        }
        try {
            return route.handle(request);
        } catch (ValidationException e) {
            return ApiResponses.error(400, e.getMessage(), e.errors(), request.requestId());
        } catch (ConflictException e) {
            return ApiResponses.error(409, e.getMessage(), java.util.List.of(new FieldError(e.field(), e.getMessage())),
                    request.requestId());
        } catch (NotFoundException e) {
            return ApiResponses.error(404, e.getMessage(), request.requestId());
        } catch (RuntimeException e) {
            LOG.error("Request failed", e, "resource", event.getResource(), "method", event.getHttpMethod());
            return ApiResponses.error(500, "Internal error; quote the request id to support", request.requestId());
        }
    }

    /** Collects routes; {@link #build()} refuses a resource and method registered twice. */
    public static final class Builder {
        private final Map<String, Map<String, Route>> routes = new HashMap<>();

        public Builder route(String method, String resource, Route route) {
            Route previous = routes.computeIfAbsent(resource, r -> new HashMap<>()).putIfAbsent(method, route);
            if (previous != null) {
                throw new IllegalArgumentException(method + " " + resource + " is registered twice");
            }
            return this;
        }

        public ApiRouter build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("A router needs at least one route");
            }
            return new ApiRouter(Map.copyOf(routes));
        }
    }
}
