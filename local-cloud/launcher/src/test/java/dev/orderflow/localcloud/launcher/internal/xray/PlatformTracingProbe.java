package dev.orderflow.localcloud.launcher.internal.xray;

import dev.orderflow.localcloud.apigateway.ApiListener.ApiRequestRecord;
import dev.orderflow.localcloud.apigateway.ApiListener.LambdaCall;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationListener.InvocationRecord;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.trace.TraceHeader;
import dev.orderflow.localcloud.xray.LocalXRay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The benchmark's in-process half: one traced API request's platform work (stage trace, function
 * trace, the two Lambda segments and the stage segment handed to a running collector), timed.
 */
public final class PlatformTracingProbe {

    private static final RestApi API = new RestApi("orderflow-dev-api", "19z1r7ch48", "dev", true, null, List.of(), null, null);
    private static final FunctionConfig FUNCTION = FunctionConfig.builder().name("orderflow-dev-OrderHandlerFunction")
            .arn("arn:aws:lambda:us-east-1:123456789012:function:orderflow-dev-OrderHandlerFunction")
            .handler("dev.orderflow.orders.OrderApiHandler::handleRequest").artifact(Path.of("order-handler.jar")).build();

    private PlatformTracingProbe() {
    }

    public static void run(int iterations) {
        try (LocalXRay xray = LocalXRay.builder().daemon(false).start()) {
            TracingFailures failures = new TracingFailures();
            ApiTracing api = new ApiTracing(xray.emitter(), "us-east-1", "123456789012", "http://127.0.0.1:3000",
                    name -> FUNCTION.arn(), failures);
            LambdaTracing lambda = new LambdaTracing(xray.emitter(), xray.sampler(), Map.of(FUNCTION.name(), true), failures);
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(1), 3);
            int warmup = Math.min(50_000, iterations);
            for (int i = 0; i < warmup; i++) {
                request(api, lambda);
            }
            xray.awaitIngested(Duration.ofMinutes(1));
            long acceptedBefore = xray.stats().accepted();
            long started = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                long t = System.nanoTime();
                request(api, lambda);
                histogram.recordValue(System.nanoTime() - t);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            boolean settled = xray.awaitIngested(Duration.ofMinutes(2));
            System.out.printf("in process, %d traced requests (3 platform segments each), one thread:%n", iterations);
            System.out.printf("  per request: p50 %.1f us, p99 %.1f us, p99.9 %.1f us, mean %.1f us; %.0f requests/s%n",
                    histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                    histogram.getValueAtPercentile(99.9) / 1000.0, histogram.getMean() / 1000.0, iterations / seconds);
            System.out.printf("  collector: %d documents stored of %d sent, settled %s, %s; build failures %d%n",
                    xray.stats().accepted() - acceptedBefore, 3L * iterations, settled, xray.stats(), failures.count());
        }
    }

    private static void request(ApiTracing api, LambdaTracing lambda) {
        long now = System.currentTimeMillis();
        TraceHeader toLambda = api.integrationTrace(API, TraceHeader.newTrace(true));
        TraceHeader toFunction = lambda.functionTrace(FUNCTION, "req", Invocation.of(new byte[0], toLambda));
        InvocationResult result = new InvocationResult("0c1d2e3f-0000-4000-8000-000000000000", InvocationResult.Status.SUCCESS,
                "{}".getBytes(StandardCharsets.UTF_8), null, null, Duration.ofMillis(3), toFunction.toString());
        lambda.invoked(FUNCTION, new InvocationRecord(result, toFunction, now, 0, 0, now, now + 3));
        api.completed(new ApiRequestRecord(API, new Route(API, "POST", "/orders", FUNCTION.name()),
                "e0577fed-cd76-4598-998e-845988438486", "POST", "/orders", "127.0.0.1", "curl/8.5", 201, 286, toLambda,
                now, now + 4, null, new LambdaCall(FUNCTION.name(), now, now + 4, 200, 286)));
    }
}
