package dev.orderflow.localcloud.dynamodb;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a GetItem's CPU goes when the SDK client and the server share the machine: runs GetItem
 * from N threads for a while and prints CPU microseconds per call spent in the client threads and
 * in the server's connection threads. Not a test; run with benchmark.sh's class path:
 * {@code java -cp ... dev.orderflow.localcloud.dynamodb.CpuSplitHarness [threads] [seconds]}.
 */
public final class CpuSplitHarness {

    private CpuSplitHarness() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (LocalDynamoDb db = LocalDynamoDb.builder().build().start();
             DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(Region.US_EAST_1)
                     .httpClient(Apache5HttpClient.builder().maxConnections(64).build())
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            Tables.hashTable(client, "split");
            for (int i = 0; i < 1000; i++) {
                int k = i;
                client.putItem(r -> r.tableName("split").item(Map.of("pk", AttributeValue.fromS("k" + k))));
            }
            run(client, threads, seconds / 2, mx);            // warm-up
            long serverBefore = serverCpu(mx);
            long[] measured = run(client, threads, seconds, mx);
            long serverNanos = serverCpu(mx) - serverBefore;
            System.out.printf("%d threads, %d s: %.0f GetItem/s; CPU per call: client %.1f us, server %.1f us%n",
                    threads, seconds, measured[0] / (double) seconds, measured[1] / 1000.0 / measured[0],
                    serverNanos / 1000.0 / measured[0]);
        }
    }

    /** Returns {calls, client CPU nanoseconds}. */
    private static long[] run(DynamoDbClient client, int threads, int seconds, ThreadMXBean mx) throws InterruptedException {
        AtomicLong calls = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long start = mx.getCurrentThreadCpuTime();
                while (System.nanoTime() < end) {
                    int k = ThreadLocalRandom.current().nextInt(1000);
                    client.getItem(r -> r.tableName("split").key(Map.of("pk", AttributeValue.fromS("k" + k))));
                    calls.incrementAndGet();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new long[] {calls.get(), cpu.get()};
    }

    private static long serverCpu(ThreadMXBean mx) {
        long total = 0;
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("local-dynamodb-http-")) {
                total += Math.max(0, mx.getThreadCpuTime(id));
            }
        }
        return total;
    }
}
