package dev.orderflow.localcloud.apigateway.internal;

import dev.orderflow.localcloud.apigateway.ApiGatewaySettings;
import dev.orderflow.localcloud.apigateway.ApiListener.ApiRequestRecord;
import dev.orderflow.localcloud.apigateway.ApiListener.LambdaCall;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.apigateway.internal.GatewayResponses.Type;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.trace.Sampler;
import dev.orderflow.localcloud.trace.TraceContexts;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/** One API request: route, trace, proxy event, integration, response mapping, gateway errors. */
public final class RequestHandler {

    private final ApiGatewaySettings settings;
    private final RouteTable routes;
    private final List<RestApi> apis;
    private final TraceContexts traces;
    private final Integration integration;
    private final RequestValidator validator = new RequestValidator();

    public RequestHandler(ApiGatewaySettings settings, List<Route> routes, LambdaService lambda, ExecutorService executor) {
        this.settings = settings;
        this.routes = new RouteTable(routes);
        this.apis = routes.stream().map(Route::api).distinct().toList();
        this.traces = new TraceContexts(settings.sampler());
        this.integration = new Integration(lambda, executor, settings.integrationTimeout());
    }

    public EdgeResponse handle(EdgeRequest request, long startedAt) {
        String requestId = UUID.randomUUID().toString();
        String path = request.path();
        Optional<RouteTable.Match> match = routes.match(request.method(), path);
        if (match.isEmpty() && stageOf(path).isPresent()) {
            path = path.substring(stageOf(path).get().stageName().length() + 1);
            match = routes.match(request.method(), path.isEmpty() ? "/" : path);
        }
        RestApi api = match.map(m -> m.route().api()).or(() -> stageOf(request.path())).orElse(defaultApi());
        TraceHeader trace = settings.listener().integrationTrace(api, traces.startOrContinue(
                request.header("X-Amzn-Trace-Id").orElse(null), new Sampler.SamplingRequest(api.name() + "/"
                        + api.stageName(), "AWS::ApiGateway::Stage", request.header("Host").orElse(""), request.method(), path)));
        Outcome outcome = match.isPresent() ? integrate(request, match.get(), path, requestId, startedAt, trace)
                : unmatched(request, path, api, requestId);
        EdgeResponse response = withGatewayHeaders(outcome.response, api, requestId, trace);
        settings.listener().completed(new ApiRequestRecord(api, match.map(RouteTable.Match::route).orElse(null), requestId,
                request.method(), request.path(), request.sourceIp(), request.header("User-Agent").orElse(null),
                response.status(), response.body().length, trace, startedAt, System.currentTimeMillis(),
                outcome.integrationError, outcome.lambdaCall));
        return response;
    }

    /** The body was larger than API Gateway accepts. */
    public EdgeResponse tooLarge(String method, String path, long startedAt) {
        RestApi api = stageOf(path).orElse(defaultApi());
        return new GatewayResponses(api.gatewayResponses()).respond(Type.REQUEST_TOO_LARGE, UUID.randomUUID().toString());
    }

    private Outcome integrate(EdgeRequest request, RouteTable.Match match, String path, String requestId, long startedAt,
            TraceHeader trace) {
        Route route = match.route();
        Optional<String> invalid = validator.validate(request, route);
        if (invalid.isPresent()) {
            return new Outcome(new GatewayResponses(route.api().gatewayResponses()).respond(Type.BAD_REQUEST_BODY, requestId,
                    invalid.get()), null, null);
        }
        byte[] event = ProxyEvent.build(request, new ProxyEvent.Context(route.api(), route.resourcePath(),
                match.pathParameters(), path, requestId, settings.accountId(), settings.region(), Instant.ofEpochMilli(startedAt)));
        Integration.Result result = integration.invoke(route.function(), event, trace);
        GatewayResponses errors = new GatewayResponses(route.api().gatewayResponses());
        if (result.failure() != null) {
            return new Outcome(errors.respond(result.failure(), requestId), result.detail(), result.call());
        }
        return ProxyResponse.map(result.payload(), route.api().binaryMediaTypes(), request.header("Accept").orElse(null))
                .map(response -> new Outcome(response, null, result.call()))
                .orElseGet(() -> new Outcome(errors.respond(Type.BAD_GATEWAY, requestId), "Malformed Lambda proxy response",
                        result.call()));
    }

    private Outcome unmatched(EdgeRequest request, String path, RestApi api, String requestId) {
        if (request.method().equals("OPTIONS")) {
            Optional<EdgeResponse> preflight = new Cors(api.cors()).preflight(routes.methodsOn(path));
            if (preflight.isPresent()) {
                return new Outcome(preflight.get(), null, null);
            }
        }
        return new Outcome(new GatewayResponses(api.gatewayResponses()).respond(Type.MISSING_AUTHENTICATION_TOKEN, requestId),
                null, null);
    }

    private static EdgeResponse withGatewayHeaders(EdgeResponse response, RestApi api, String requestId, TraceHeader trace) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        headers.put("x-amzn-RequestId", List.of(requestId));
        headers.put("x-amz-apigw-id", List.of(requestId.substring(0, 8) + "="));
        if (api.tracingEnabled()) {
            headers.put("X-Amzn-Trace-Id", List.of("Root=" + trace.root() + (trace.isSampled() ? ";Sampled=1" : ";Sampled=0")));
        }
        return new EdgeResponse(response.status(), headers, response.body());
    }

    private Optional<RestApi> stageOf(String path) {
        return apis.stream().filter(api -> path.startsWith("/" + api.stageName() + "/") || path.equals("/" + api.stageName()))
                .findFirst();
    }

    private RestApi defaultApi() {
        return apis.isEmpty() ? new RestApi("local", "local", "Prod", false, null, List.of(), null, null) : apis.get(0);
    }

    private record Outcome(EdgeResponse response, String integrationError, LambdaCall lambdaCall) {
    }
}
