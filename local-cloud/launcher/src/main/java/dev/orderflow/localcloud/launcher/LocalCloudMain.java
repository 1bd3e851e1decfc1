package dev.orderflow.localcloud.launcher;

import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.launcher.internal.Artifacts;
import dev.orderflow.localcloud.messaging.MessagingOptions;
import dev.orderflow.localcloud.template.TemplateException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code java -jar local-cloud/target/local-cloud.jar}: runs ./template.yaml until Ctrl-C or SIGTERM. */
@Command(name = "local-cloud", mixinStandardHelpOptions = true, sortOptions = false, version = "local-cloud 1.0.0",
        description = "Runs a SAM application offline - DynamoDB, Lambda (with the real Java runtime), API Gateway, SQS, "
                + "EventBridge and X-Ray - "
                + "from its template and the jars its build produced. Ctrl-C stops every function process.")
public final class LocalCloudMain implements Callable<Integer> {

    @Option(names = "--template", paramLabel = "<file>", description = "SAM template (default: ${DEFAULT-VALUE})")
    Path template = Path.of("template.yaml");

    @Option(names = "--api-port", paramLabel = "<port>", description = "API Gateway port, as sam local start-api (default: ${DEFAULT-VALUE})")
    int apiPort = 3000;

    @Option(names = "--edge-port", paramLabel = "<port>", description = "AWS API endpoint for AWS_ENDPOINT_URL (default: ${DEFAULT-VALUE})")
    int edgePort = 4566;

    @Option(names = "--xray-address", paramLabel = "<host:port>", description = "The built-in X-Ray daemon's UDP and TCP "
            + "address, given to functions as AWS_XRAY_DAEMON_ADDRESS (default: 127.0.0.1:2000; free ports with --edge-port 0)")
    String xrayAddress;

    @Option(names = "--external-xray-daemon", paramLabel = "<host:port>", description = "Send every segment to this daemon "
            + "(e.g. the AWS X-Ray daemon, forwarding to an account) instead of the built-in one, which is then off")
    String externalXRayDaemon;

    @Option(names = "--sampling-rules", paramLabel = "<json>", description = "X-Ray sampling rules added to the template's "
            + "AWS::XRay::SamplingRule resources: a JSON list of rules (e.g. FixedRate 1 to trace every request)")
    Path samplingRules;

    @Option(names = "--no-layer", description = "Run every function without its layers (and without an "
            + "AWS_LAMBDA_EXEC_WRAPPER under /opt): the same system without the X-Ray layer, for comparison")
    boolean noLayer;

    @Option(names = "--data-dir", paramLabel = "<dir>", description = "Keep DynamoDB data, queues, pending events and traces here between runs (default: in memory)")
    Path dataDir;

    @Option(names = "--isolation", paramLabel = "process|in-process", description = "process: a child JVM per execution environment; "
            + "in-process: isolated class loaders (default: ${DEFAULT-VALUE})")
    String isolation = "process";

    @Option(names = "--seed", paramLabel = "<json>", description = "Items to load at start: {\"<table>\": [{...}, ...]}")
    Path seed;

    @Option(names = "--parameter-overrides", paramLabel = "<Key=Value>", split = "\\s+|,(?=[A-Za-z0-9]+=)",
            hideParamSyntax = true,
            description = "Template parameter values, as sam deploy takes them")
    List<String> parameterOverrides = List.of();

    @Option(names = "--log-dir", paramLabel = "<dir>", description = "Also write each function's output to <dir>/<function>.log")
    Path logDir;

    @Option(names = "--stack-name", paramLabel = "<name>", description = "Names resources as this stack would (default: samconfig.toml's, else local)")
    String stackName;

    @Option(names = "--region", paramLabel = "<region>", description = "Region of ARNs and AWS_REGION (default: ${DEFAULT-VALUE})")
    String region = "us-east-1";

    @Option(names = "--function-concurrency", paramLabel = "<n>", description = "Environments per function without reserved concurrency (default: ${DEFAULT-VALUE})")
    int functionConcurrency = 10;

    @Option(names = "--idle-timeout", paramLabel = "<seconds>", description = "Stop an environment idle this long (default: ${DEFAULT-VALUE})")
    long idleTimeoutSeconds = 600;

    @Option(names = "--java-home", paramLabel = "<dir>", description = "JDK that runs the functions' JVMs, e.g. a JDK 21 for java21 (default: the one running this)")
    Path javaHome = Path.of(System.getProperty("java.home"));

    @Option(names = "--env-vars", paramLabel = "<json>", description = "Override functions' environment variables, as "
            + "sam local: {\"<FunctionLogicalId>\": {\"VAR\": \"value\"}, \"Parameters\": {...}}")
    Path envVars;

    @Mixin
    MessagingOptions messaging = new MessagingOptions();

    public static void main(String[] args) {
        // The schema validator logs through SLF4J without a binding: no "no providers" notice on start-up.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(new CommandLine(new LocalCloudMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalCloudSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("local-cloud: " + e.getMessage());
            return 2;
        }
        LocalCloud cloud;
        try {
            cloud = LocalCloud.start(settings);
        } catch (TemplateException | Artifacts.ArtifactMissingException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("local-cloud: " + e.getMessage());
            return 1;
        } catch (java.net.BindException e) {
            System.err.println("local-cloud: a port is in use (" + e.getMessage() + "): choose others with --api-port / --edge-port / --xray-address");
            return 1;
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("local-cloud: failed to start: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("local-cloud: stopping");
            cloud.close();
            stopped.countDown();
        }, "local-cloud-shutdown"));
        System.out.println(cloud.banner());
        stopped.await();
        return 0;
    }

    private LocalCloudSettings settings() {
        if (!isolation.equals("process") && !isolation.equals("in-process")) {
            throw new IllegalArgumentException("--isolation must be process or in-process, not " + isolation);
        }
        return LocalCloudSettings.builder().template(template).apiPort(apiPort).edgePort(edgePort).xrayAddress(xrayAddress)
                .dataDir(dataDir).isolation(isolation.equals("process") ? Isolation.PROCESS : Isolation.IN_PROCESS)
                .seed(seed).parameterOverrides(overrides()).logDir(logDir).stackName(stackName).region(region)
                .functionConcurrency(functionConcurrency).idleTimeout(Duration.ofSeconds(idleTimeoutSeconds)).javaHome(javaHome)
                .envVars(envVars).messaging(messaging.settings(dataDir)).externalXRayDaemon(externalXRayDaemon)
                .samplingRules(samplingRules).noLayer(noLayer).build();
    }

    private Map<String, String> overrides() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : parameterOverrides) {
            String text = pair.startsWith("ParameterKey=") ? pair.replace("ParameterKey=", "").replace(",ParameterValue=", "=") : pair;
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--parameter-overrides takes Key=Value, not " + pair);
            }
            String value = text.substring(eq + 1);
            values.put(text.substring(0, eq), value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value);
        }
        return values;
    }
}
