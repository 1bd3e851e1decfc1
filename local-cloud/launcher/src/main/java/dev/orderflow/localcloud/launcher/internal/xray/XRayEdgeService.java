package dev.orderflow.localcloud.launcher.internal.xray;

import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.xray.XRayApi;
import dev.orderflow.localcloud.xray.XRayResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The X-Ray API on the edge endpoint: requests to its paths ({@code /TraceSummaries}, ...) or signed
 * for the service {@code xray} go to the local X-Ray in process, so that {@code aws xray ...
 * --endpoint-url} and {@code AWS_ENDPOINT_URL} reach it.
 */
final class XRayEdgeService implements EdgeService {

    private final XRayApi api;
    private final Supplier<Map<String, Object>> health;

    XRayEdgeService(XRayApi api, Supplier<Map<String, Object>> health) {
        this.api = api;
        this.health = health;
    }

    @Override
    public String name() {
        return "xray";
    }

    @Override
    public boolean handles(EdgeRequest request) {
        return XRayApi.isXRayPath(request.path())
                || request.header("Authorization").map(value -> value.contains("/xray/aws4_request")).orElse(false);
    }

    @Override
    public EdgeResponse handle(EdgeRequest request) {
        XRayResponse response = api.handle(request.method(), request.path(), request.body());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new EdgeResponse(response.status(), headers, response.body());
    }

    @Override
    public ServiceHealth health() {
        return ServiceHealth.running(health.get());
    }
}
