package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LocalXRayMainTest {

    @TempDir
    Path dir;

    private static LocalXRayMain parse(String... args) {
        LocalXRayMain main = new LocalXRayMain();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    @Test
    void shouldDefaultToTheDaemonAddressAndX_RayRetention() throws Exception {
        LocalXRayConfig config = parse().builder().build();
        assertThat(config.address()).isEqualTo(DaemonAddress.DEFAULT);
        assertThat(config.dataDir()).isNull();
        assertThat(config.retention().maxAge()).hasDays(30);
        assertThat(config.retention().maxTraces()).isEqualTo(25_000);
    }

    @Test
    void shouldReadTheOptions() throws Exception {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"SamplingRule\":{\"RuleName\":\"r\",\"ResourceARN\":\"*\",\"Priority\":1,\"FixedRate\":1,"
                + "\"ReservoirSize\":0,\"ServiceName\":\"*\",\"ServiceType\":\"*\",\"Host\":\"*\",\"HTTPMethod\":\"*\","
                + "\"URLPath\":\"*\",\"Version\":1}}");
        LocalXRayConfig config = parse("--address", "udp:127.0.0.1:3000 tcp:127.0.0.1:3001", "--data-dir", dir.toString(),
                "--retention-days", "2", "--max-traces", "10", "--max-megabytes", "1", "--sampling-rules", rules.toString())
                .builder().build();
        assertThat(config.address().udp().getPort()).isEqualTo(3000);
        assertThat(config.address().tcp().getPort()).isEqualTo(3001);
        assertThat(config.dataDir()).isEqualTo(dir);
        assertThat(config.retention().maxAge()).hasDays(2);
        assertThat(config.retention().maxBytes()).isEqualTo(1024 * 1024);
        assertThat(config.samplingRules()).extracting(r -> r.ruleName()).containsExactly("r");
    }

    @Test
    void shouldRefuseABadRulesFileNamingTheField() throws Exception {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "[{\"SamplingRule\":{\"RuleName\":\"r\"}}]");
        assertThatThrownBy(() -> parse("--sampling-rules", rules.toString()).builder())
                .hasMessage("sampling rule r: ResourceARN is required");
    }
}
