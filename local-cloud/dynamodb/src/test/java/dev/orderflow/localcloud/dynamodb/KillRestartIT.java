package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs the standalone server in a child JVM with a data directory, writes from several threads,
 * kills the process (SIGKILL) mid-stream, restarts it and finds every acknowledged write.
 */
class KillRestartIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void shouldKeepEveryAcknowledgedWriteWhenTheProcessIsKilled() throws Exception {
        Process first = startServer();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong counterAcks = new AtomicLong();
        try (DynamoDbClient client = client(endpointOf(first))) {
            Tables.hashTable(client, "things");
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.submit(() -> write(client, thread, acknowledged, counterAcks));
            }
            while (acknowledged.size() < 800) {
                Thread.sleep(20);
            }
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.isAlive()).isFalse();

        Process second = startServer();
        try (DynamoDbClient client = client(endpointOf(second))) {
            for (String key : acknowledged) {
                var found = client.getItem(r -> r.tableName("things").key(Map.of("pk", s(key)))).item();
                assertThat(found).as("acknowledged item %s", key).containsEntry("payload", s("value-" + key));
            }
            long counter = Long.parseLong(client.getItem(r -> r.tableName("things").key(Map.of("pk", s("counter"))))
                    .item().get("n").n());
            assertThat(counter).isGreaterThanOrEqualTo(counterAcks.get());
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void write(DynamoDbClient client, int thread, Set<String> acknowledged, AtomicLong counterAcks) {
        for (int i = 0; ; i++) {
            String key = thread + "-" + i;
            try {
                client.putItem(r -> r.tableName("things").item(item("pk", s(key), "payload", s("value-" + key))));
                acknowledged.add(key);
                client.updateItem(r -> r.tableName("things").key(Map.of("pk", s("counter")))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1))));
                counterAcks.incrementAndGet();
            } catch (RuntimeException serverGone) {
                return;
            }
        }
    }

    private Process startServer() throws IOException {
        Path jar = Path.of("target", "local-dynamodb-standalone.jar");
        List<String> command = Files.exists(jar)
                ? List.of(javaBinary(), "-jar", jar.toString(), "--port", "0", "--data-dir", dir.toString())
                : List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                        LocalDynamoDbMain.class.getName(), "--port", "0", "--data-dir", dir.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static URI endpointOf(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("server exited before listening");
    }

    private static DynamoDbClient client(URI endpoint) {
        // No retries: a retried write could be applied twice and blur what was acknowledged.
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }
}
