package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.xray.XRayClient;

/** The X-Ray SDK for Python (installed on these machines) sending to the daemon and asking it for sampling rules. */
class PythonSdkIT {

    private LocalXRay xray;
    private XRayClient client;

    @BeforeEach
    void start() {
        assumeTrue(pythonSdkInstalled(), "python3 with aws_xray_sdk is not installed");
        xray = LocalXRay.builder().address("127.0.0.1:0")
                .samplingRules("{\"SamplingRule\":{\"RuleName\":\"python\",\"ResourceARN\":\"*\",\"Priority\":5,"
                        + "\"FixedRate\":0.1,\"ReservoirSize\":3,\"ServiceName\":\"python-*\",\"ServiceType\":\"*\","
                        + "\"Host\":\"*\",\"HTTPMethod\":\"*\",\"URLPath\":\"*\",\"Version\":1}}")
                .start();
        client = Clients.xray(xray);
    }

    @AfterEach
    void stop() {
        if (xray != null) {
            client.close();
            xray.close();
        }
    }

    private static boolean pythonSdkInstalled() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import aws_xray_sdk").start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private List<String> run(String script) throws Exception {
        Path dir = Paths.get(getClass().getResource("/python-sdk/" + script).toURI()).getParent();
        ProcessBuilder builder = new ProcessBuilder("python3", script).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("AWS_XRAY_DAEMON_ADDRESS", xray.daemonAddress().toEnvironmentValue());
        builder.environment().put("AWS_ACCESS_KEY_ID", "x");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "x");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return Arrays.asList(output.split("\n"));
    }

    @Test
    void shouldAssembleWhatThePythonSdkSends() throws Exception {
        Map<String, String> traces = new HashMap<>();
        for (String line : run("emit.py")) {
            String[] kindAndId = line.trim().split(" ");
            if (kindAndId.length == 2) {
                traces.put(kindAndId[0], kindAndId[1]);
            }
        }
        Await.accepted(xray, 4);
        assertThat(xray.stats().dropped()).isZero();
        PythonTraceChecks.checkWholeSegment(client, traces.get("whole"));
        PythonTraceChecks.checkStreamedSegment(client, traces.get("streamed"));
    }

    @Test
    void shouldServeTheSamplingCallsOfThePythonSdk() throws Exception {
        List<String> output = run("sampling.py");
        assertThat(output).contains("rules python Default", "targets Default=1 python=3");
    }
}
