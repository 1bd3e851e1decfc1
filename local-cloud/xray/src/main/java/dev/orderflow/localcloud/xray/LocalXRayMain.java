package dev.orderflow.localcloud.xray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the X-Ray collector alone: the daemon, the store and the X-Ray API on the daemon's TCP port. */
@Command(name = "local-xray", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A local X-Ray daemon and X-Ray API: SDKs send segments over UDP, the AWS CLI and SDKs "
                + "query traces and service graphs over HTTP on the same port.")
public final class LocalXRayMain implements Callable<Integer> {

    @Option(names = "--address", defaultValue = "127.0.0.1:2000",
            description = "host:port, or \"tcp:host:port udp:host:port\" (default: ${DEFAULT-VALUE})")
    String address;

    @Option(names = "--data-dir", description = "persist traces here so they survive a restart")
    Path dataDir;

    @Option(names = "--retention-days", defaultValue = "30", description = "keep traces this long (default: ${DEFAULT-VALUE})")
    int retentionDays;

    @Option(names = "--max-traces", defaultValue = "25000", description = "keep at most this many traces (default: ${DEFAULT-VALUE})")
    int maxTraces;

    @Option(names = "--max-megabytes", defaultValue = "96",
            description = "keep at most this many MiB of segment documents (default: ${DEFAULT-VALUE})")
    long maxMegabytes;

    @Option(names = "--sampling-rules",
            description = "JSON file of AWS::XRay::SamplingRule resources or properties (the default rule always applies)")
    Path samplingRules;

    @Option(names = "--queue-capacity", defaultValue = "65536",
            description = "documents buffered between the receiver and the store (default: ${DEFAULT-VALUE})")
    int queueCapacity;

    @Option(names = "--region", defaultValue = "us-east-1", description = "region in rule ARNs (default: ${DEFAULT-VALUE})")
    String region;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LocalXRayMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalXRay xray = builder().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            xray.close();
            stopped.countDown();
        }, "xray-shutdown"));
        System.out.println("local X-Ray ready: UDP " + xray.daemonAddress().udp()
                + ", X-Ray API and sampling on http://" + xray.daemonAddress().tcp().getHostString() + ":"
                + xray.daemonAddress().tcp().getPort());
        stopped.await();
        return 0;
    }

    /** The collector the options describe. */
    LocalXRayConfig.Builder builder() throws java.io.IOException {
        LocalXRayConfig.Builder builder = LocalXRay.builder()
                .address(address)
                .dataDir(dataDir)
                .retention(Duration.ofDays(retentionDays))
                .maxTraces(maxTraces)
                .maxBytes(maxMegabytes * 1024 * 1024)
                .queueCapacity(queueCapacity)
                .region(region);
        if (samplingRules != null) {
            builder.samplingRules(Files.readString(samplingRules));
        }
        return builder;
    }
}
