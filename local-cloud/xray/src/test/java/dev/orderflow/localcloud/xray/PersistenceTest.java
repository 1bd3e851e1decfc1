package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.xray.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data dir, traces survive a restart; retention still applies to what is loaded. */
class PersistenceTest {

    @TempDir
    Path dataDir;

    private static int traceCount(LocalXRay xray, Instant from, Instant to) throws Exception {
        String body = "{\"StartTime\":" + from.getEpochSecond() + ",\"EndTime\":" + to.getEpochSecond() + "}";
        return Json.read(xray.api().handle("POST", "/TraceSummaries", body.getBytes(StandardCharsets.UTF_8)).body())
                .path("TraceSummaries").size();
    }

    private static void put(LocalXRay xray, OrderTraceFixture order) {
        order.documents.forEach(xray.emitter()::emit);
    }

    @Test
    void shouldKeepTracesAcrossARestart() throws Exception {
        Instant t0 = Instant.now().minusSeconds(10);
        OrderTraceFixture order = OrderTraceFixture.order(t0, "o-1", true, true);
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).start()) {
            put(xray, order);
            assertThat(xray.awaitIngested(Duration.ofSeconds(10))).isTrue();
        }
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).start()) {
            assertThat(xray.stats().traces()).isEqualTo(1);
            assertThat(traceCount(xray, t0.minusSeconds(5), Instant.now())).isEqualTo(1);
            String graph = xray.api().handle("POST", "/TraceGraph",
                    ("{\"TraceIds\":[\"" + order.traceId + "\"]}").getBytes(StandardCharsets.UTF_8)).bodyText();
            assertThat(Json.read(graph).path("Services")).hasSize(8);
        }
    }

    @Test
    void shouldExpireLoadedTracesOlderThanTheRetention() throws Exception {
        Instant t0 = Instant.now().minusSeconds(10);
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).start()) {
            put(xray, OrderTraceFixture.order(t0, "o-1", false, false));
            assertThat(xray.awaitIngested(Duration.ofSeconds(10))).isTrue();
        }
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).clock(later).start()) {
            assertThat(xray.stats().traces()).isZero();
        }
    }

    @Test
    void shouldCompactTheDataDirWhenMostOfItWasEvicted() throws Exception {
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).maxTraces(10).start()) {
            for (int i = 0; i < 1_500; i++) {
                put(xray, OrderTraceFixture.order(Instant.now(), "o-" + i, false, false));
            }
            assertThat(xray.awaitIngested(Duration.ofSeconds(60))).isTrue();
            assertThat(xray.stats().traces()).isEqualTo(10);
        }
        long before = size(dataDir);
        try (LocalXRay xray = LocalXRay.builder().daemon(false).dataDir(dataDir).maxTraces(10).start()) {
            assertThat(xray.stats().traces()).isEqualTo(10);
        }
        assertThat(size(dataDir)).isLessThan(before / 20);
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
