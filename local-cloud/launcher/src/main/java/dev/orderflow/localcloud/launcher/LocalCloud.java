package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.apigateway.ApiGateway;
import dev.orderflow.localcloud.apigateway.ApiGatewaySettings;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.dynamodb.LocalDynamoDb;
import dev.orderflow.localcloud.edge.EdgeServer;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.ConsoleLogSink;
import dev.orderflow.localcloud.lambda.DirectoryLogSink;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.lambda.api.LambdaApi;
import dev.orderflow.localcloud.launcher.internal.Apis;
import dev.orderflow.localcloud.launcher.internal.Banner;
import dev.orderflow.localcloud.launcher.internal.Coverage;
import dev.orderflow.localcloud.launcher.internal.DynamoDbEdge;
import dev.orderflow.localcloud.launcher.internal.EnvVars;
import dev.orderflow.localcloud.launcher.internal.Functions;
import dev.orderflow.localcloud.launcher.internal.Ports;
import dev.orderflow.localcloud.launcher.internal.Seeds;
import dev.orderflow.localcloud.launcher.internal.StackNames;
import dev.orderflow.localcloud.launcher.internal.Tables;
import dev.orderflow.localcloud.launcher.internal.WithoutLayers;
import dev.orderflow.localcloud.launcher.internal.xray.Tracing;
import dev.orderflow.localcloud.messaging.LocalMessaging;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TableDefinition;
import dev.orderflow.localcloud.template.TemplateReader;
import dev.orderflow.localcloud.template.TemplateSettings;
import dev.orderflow.localcloud.xray.LocalXRay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The whole local cloud from one template: DynamoDB, SQS, EventBridge, the Lambda API and the X-Ray
 * API on the edge endpoint, the X-Ray daemon, the functions' execution environments with
 * asynchronous invocation and SQS event sources, and the API Gateway. {@link #close()} stops every child
 * process and flushes DynamoDB's data.
 */
public final class LocalCloud implements AutoCloseable {

    private final SamTemplate template;
    private final EdgeServer edge;
    private final LambdaService lambda;
    private final ApiGateway api;
    private final Tracing tracing;
    private final String banner;
    private final Deque<AutoCloseable> resources;

    private LocalCloud(SamTemplate template, EdgeServer edge, LambdaService lambda, ApiGateway api, Tracing tracing,
            String banner, Deque<AutoCloseable> resources) {
        this.template = template;
        this.edge = edge;
        this.lambda = lambda;
        this.api = api;
        this.tracing = tracing;
        this.banner = banner;
        this.resources = resources;
    }

    /** Starts everything the template declares; on a failure, stops what had started and throws. */
    public static LocalCloud start(LocalCloudSettings settings) throws IOException {
        long started = System.currentTimeMillis();
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            return startAll(settings, started, resources);
        } catch (IOException | RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static LocalCloud startAll(LocalCloudSettings settings, long started, Deque<AutoCloseable> resources)
            throws IOException {
        Path templateFile = settings.template().toAbsolutePath().normalize();
        EdgeServer edge = EdgeServer.bind(settings.host(), settings.edgePort());
        resources.push(edge);
        int apiPort = settings.apiPort() == 0 ? Ports.free(settings.host()) : settings.apiPort();
        String apiUrl = "http://" + settings.host() + ":" + apiPort;
        SamTemplate template = TemplateReader.read(templateFile, TemplateSettings.builder()
                .stackName(settings.stackName() != null ? settings.stackName() : StackNames.of(templateFile.getParent()))
                .region(settings.region()).parameterOverrides(settings.parameterOverrides())
                .apiBaseUrl(apiUrl).edgeUrl(edge.url()).build());
        List<String> warnings = new ArrayList<>();
        Tracing tracing = Tracing.start(settings, template);
        resources.push(tracing);
        edge.register(tracing.edgeService());
        LocalDynamoDb dynamodb = LocalDynamoDb.builder()
                .dataDir(settings.dataDir() == null ? null : settings.dataDir().resolve("dynamodb")).build();
        resources.push(dynamodb);
        for (TableDefinition table : template.tables()) {
            Tables.provision(dynamodb.protocol(), table);
        }
        int seeded = settings.seed() == null ? 0 : Seeds.load(settings.seed(), template, dynamodb.protocol());
        LogSink logs = logSink(settings, resources);
        LambdaService lambda = LambdaService.start(LambdaSettings.builder().isolation(settings.isolation())
                .workDirectory(workDirectory(settings, templateFile)).javaHome(settings.javaHome()).region(settings.region())
                .endpointUrl(edge.url())
                .xrayDaemonAddress(tracing.daemonAddress()).defaultConcurrency(settings.functionConcurrency())
                .idleTimeout(settings.idleTimeout()).logSink(logs)
                .listener(settings.invocationListener() != null ? settings.invocationListener() : tracing.invocationListener())
                .build());
        resources.push(lambda);
        registerFunctions(lambda, template, settings, warnings);
        LocalMessaging messaging = LocalMessaging.start(template, lambda, edge, settings.messaging());
        resources.push(messaging);
        warnings.addAll(messaging.warnings());
        List<Route> routes = Apis.routes(template);
        ApiGateway api = ApiGateway.start(ApiGatewaySettings.builder().host(settings.host()).port(apiPort)
                .region(settings.region()).accountId(template.settings().accountId())
                .listener(settings.apiListener() != null ? settings.apiListener() : tracing.apiListener(apiUrl, lambda))
                .sampler(settings.sampler() != null ? settings.sampler() : tracing.sampler()).build(), routes, lambda);
        resources.push(api);
        edge.register(new DynamoDbEdge(dynamodb.protocol())).register(new LambdaApi(lambda))
                .component("apigateway", api::health);
        edge.start();
        String banner = Banner.render(new Banner.Facts(settings.isolation().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                System.currentTimeMillis() - started, api.url(), edge.url(), routes, template.functions().size(),
                template.tables().size(), seeded, Coverage.notEmulated(template, union(Coverage.EMULATED_TYPES, LocalMessaging.RESOURCE_TYPES),
                        union(Coverage.EMULATED_EVENTS, LocalMessaging.EVENT_TYPES)),
                Coverage.withoutLocalEffect(template),
                warnings, tracing.description() + (settings.noLayer() ? "; --no-layer: functions run without layers" : "")));
        return new LocalCloud(template, edge, lambda, api, tracing, banner, resources);
    }

    /** The template's functions, with --env-vars applied and, with --no-layer, without their layers. */
    private static void registerFunctions(LambdaService lambda, SamTemplate template, LocalCloudSettings settings,
            List<String> warnings) {
        EnvVars envVars = EnvVars.read(settings.envVars(), template, warnings::add);
        for (FunctionDefinition function : template.functions()) {
            FunctionDefinition configured = envVars.apply(function);
            lambda.register(Functions.config(template, settings.noLayer() ? WithoutLayers.apply(configured) : configured,
                    warnings::add), function.logicalId());
        }
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        return both;
    }

    private static LogSink logSink(LocalCloudSettings settings, Deque<AutoCloseable> resources) throws IOException {
        LogSink sink = settings.logSink() != null ? settings.logSink() : new ConsoleLogSink(System.out);
        if (settings.logDir() != null) {
            DirectoryLogSink files = new DirectoryLogSink(settings.logDir());
            resources.push(files);
            sink = sink.and(files);
        }
        return sink;
    }

    private static Path workDirectory(LocalCloudSettings settings, Path templateFile) throws IOException {
        Path work = settings.workDir() != null ? settings.workDir()
                : settings.dataDir() != null ? settings.dataDir().resolve("work")
                : templateFile.getParent().resolve(".local-cloud");
        return Files.createDirectories(work);
    }

    public SamTemplate template() {
        return template;
    }

    public LambdaService lambda() {
        return lambda;
    }

    public String apiUrl() {
        return api.url();
    }

    public String edgeUrl() {
        return edge.url();
    }

    /** The local X-Ray: its API, sampler and counts. */
    public LocalXRay xray() {
        return tracing.xray();
    }

    public String banner() {
        return banner;
    }

    public ServiceHealth health() {
        return lambda.health();
    }

    /**
     * Stops the API, the messaging (work in flight finishes, waiting events are kept), the functions
     * (every child process), DynamoDB (flushing its data) and the X-Ray collector, in that order.
     */
    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                System.err.println("local cloud: stopping failed: " + e);
            }
        }
    }
}
