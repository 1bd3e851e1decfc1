package dev.orderflow.localcloud.launcher.internal.xray;

import dev.orderflow.localcloud.apigateway.ApiListener;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.InvocationListener;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.launcher.LocalCloudSettings;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.trace.Sampler;
import dev.orderflow.localcloud.xray.DaemonAddress;
import dev.orderflow.localcloud.xray.DaemonStats;
import dev.orderflow.localcloud.xray.LocalXRay;
import dev.orderflow.localcloud.xray.SegmentEmitter;
import dev.orderflow.localcloud.xray.UdpSegmentEmitter;
import dev.orderflow.localcloud.xray.XRaySampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local X-Ray in the local cloud: the daemon functions send to, the X-Ray API on the edge, the
 * sampling rules, and the platform's segments (API stage, AWS::Lambda, AWS::Lambda::Function) sent
 * to the built-in collector, or with {@code --external-xray-daemon} to another daemon over UDP.
 */
public final class Tracing implements AutoCloseable {

    private final LocalXRay xray;
    private final UdpSegmentEmitter forwarder;
    private final SegmentEmitter emitter;
    private final String functionsAddress;
    private final SamTemplate template;
    private final TracingFailures failures = new TracingFailures();

    private Tracing(LocalXRay xray, UdpSegmentEmitter forwarder, SamTemplate template) {
        this.xray = xray;
        this.forwarder = forwarder;
        this.emitter = forwarder != null ? forwarder : xray.emitter();
        this.functionsAddress = forwarder != null ? forwarder.address().toEnvironmentValue()
                : xray.daemonAddress().toEnvironmentValue();
        this.template = template;
    }

    /** Starts the collector (its daemon unless an external one is named); a busy address is a BindException. */
    public static Tracing start(LocalCloudSettings settings, SamTemplate template) throws IOException {
        String external = settings.externalXRayDaemon();
        LocalXRay xray;
        try {
            xray = LocalXRay.builder().daemon(external == null).address(settings.xrayAddress())
                    .dataDir(settings.dataDir() == null ? null : settings.dataDir().resolve("xray"))
                    .samplingRules(SamplingRules.json(template, settings.samplingRules()))
                    .region(settings.region()).accountId(template.settings().accountId()).start();
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof BindException ? new BindException(e.getCause().getMessage()) : e.getCause();
        }
        try {
            return new Tracing(xray, external == null ? null : new UdpSegmentEmitter(DaemonAddress.parse(external)), template);
        } catch (RuntimeException e) {
            xray.close();
            throw e;
        }
    }

    /** {@code AWS_XRAY_DAEMON_ADDRESS} for the functions: the built-in daemon's bound address, or the external one. */
    public String daemonAddress() {
        return functionsAddress;
    }

    /** AWS::Lambda and AWS::Lambda::Function segments, with each function's tracing mode from the template. */
    public InvocationListener invocationListener() {
        Map<String, Boolean> active = template.functions().stream()
                .collect(Collectors.toMap(FunctionDefinition::name, FunctionDefinition::tracingActive, (a, b) -> a));
        return new LambdaTracing(emitter, xray.sampler(), active, failures);
    }

    /** The stage segments of the API at {@code apiUrl}. */
    public ApiListener apiListener(String apiUrl, LambdaService lambda) {
        return new ApiTracing(emitter, template.settings().region(), template.settings().accountId(), apiUrl,
                function -> lambda.function(function).map(FunctionConfig::arn).orElse(function), failures);
    }

    /** API Gateway's sampling decisions, by the sampling rules. */
    public Sampler sampler() {
        XRaySampler rules = xray.sampler();
        return request -> rules.decide(new XRaySampler.SamplingRequest(request.serviceName(), request.serviceType(),
                request.host(), request.httpMethod(), request.urlPath(), null)).sampled();
    }

    /** The X-Ray API on the edge, with the collector's counts in /_local/health. */
    public EdgeService edgeService() {
        return new XRayEdgeService(xray.api(), this::health);
    }

    public LocalXRay xray() {
        return xray;
    }

    /** For the banner. */
    public String description() {
        return forwarder != null ? "segments to the daemon at " + forwarder.address() + " (built-in daemon off)"
                : "daemon " + functionsAddress + " (UDP and TCP), API on the edge";
    }

    private Map<String, Object> health() {
        DaemonStats stats = xray.stats();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("daemon", forwarder != null ? "external " + forwarder.address() : functionsAddress);
        details.put("datagrams", stats.datagrams());
        details.put("accepted", stats.accepted());
        details.put("dropped", stats.dropped());
        details.put("queueOverflows", stats.queueOverflows());
        details.put("traces", stats.traces());
        details.put("platformSegmentFailures", failures.count());
        if (forwarder != null) {
            details.put("forwarded", forwarder.sent());
            details.put("forwardFailures", forwarder.failed());
        }
        return details;
    }

    @Override
    public void close() {
        if (forwarder != null) {
            forwarder.close();
        }
        xray.close();
    }
}
