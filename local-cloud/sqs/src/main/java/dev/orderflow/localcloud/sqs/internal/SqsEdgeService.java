package dev.orderflow.localcloud.sqs.internal;

import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.ServiceHealth;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SQS on the edge: requests of SQS's AWS JSON protocol ({@code X-Amz-Target: AmazonSQS.*}, what the
 * SDK v2 since 2.21 and current AWS CLIs speak) are passed as they are to the embedded ElasticMQ,
 * and its answers back. Headers such as {@code X-Amzn-Trace-Id} travel with them, so
 * ElasticMQ records the sender's trace header as the message's {@code AWSTraceHeader}.
 */
public final class SqsEdgeService implements EdgeService {

    static final String TARGET_PREFIX = "AmazonSQS.";
    /** Headers the HTTP client sets itself (or refuses), and hop-by-hop ones. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "date");
    // Long polls wait up to 20 s; ElasticMQ answers within 21 s.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(25);

    private final HttpClient http;
    private final URI base;
    private final Supplier<ServiceHealth> health;

    public SqsEdgeService(InetSocketAddress elasticMq, Supplier<ServiceHealth> health) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = URI.create("http://" + elasticMq.getHostString() + ":" + elasticMq.getPort());
        this.health = health;
    }

    @Override
    public String name() {
        return "sqs";
    }

    @Override
    public boolean handles(EdgeRequest request) {
        return EdgeService.targetStartsWith(request, TARGET_PREFIX);
    }

    @Override
    public EdgeResponse handle(EdgeRequest request) {
        String path = request.path() + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        HttpRequest.Builder forward = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new EdgeResponse(response.statusCode(), responseHeaders(response), response.body());
        } catch (IOException e) {
            return EdgeResponse.awsError(503, "ServiceUnavailable", "The local SQS did not answer: " + e.getMessage(),
                    "application/x-amz-json-1.0");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EdgeResponse.awsError(503, "ServiceUnavailable", "The local SQS is shutting down",
                    "application/x-amz-json-1.0");
        }
    }

    private static Map<String, List<String>> responseHeaders(HttpResponse<?> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    @Override
    public ServiceHealth health() {
        return health.get();
    }
}
