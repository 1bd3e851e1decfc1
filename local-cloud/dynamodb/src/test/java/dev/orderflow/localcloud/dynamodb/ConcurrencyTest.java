package dev.orderflow.localcloud.dynamodb;

import static dev.orderflow.localcloud.dynamodb.Tables.item;
import static dev.orderflow.localcloud.dynamodb.Tables.n;
import static dev.orderflow.localcloud.dynamodb.Tables.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Many clients at once: no lost update, no two conflicting conditions both passing, no torn read. */
class ConcurrencyTest {

    @RegisterExtension
    static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();

    private static final int TRANSFERS = 60;

    private DynamoDbClient client;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        client = dynamo.client();
        pool = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
            results.add(f.get());
        }
        return results;
    }

    @Test
    void shouldSellExactlyTheStockWhenSixteenThreadsDecrementOneItem() throws Exception {
        Tables.hashTable(client, "stock");
        client.putItem(r -> r.tableName("stock").item(item("pk", s("sku"), "available", n(1000))));
        AtomicInteger sold = new AtomicInteger();
        List<Callable<Integer>> buyers = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            buyers.add(() -> {
                int refused = 0;
                for (int i = 0; i < 100; i++) {
                    try {
                        client.updateItem(r -> r.tableName("stock").key(Map.of("pk", s("sku")))
                                .updateExpression("SET available = available - :one")
                                .conditionExpression("available >= :one")
                                .expressionAttributeValues(Map.of(":one", n(1))));
                        sold.incrementAndGet();
                    } catch (ConditionalCheckFailedException e) {
                        refused++;
                    }
                }
                return refused;
            });
        }
        int refused = runAll(buyers).stream().mapToInt(Integer::intValue).sum();

        assertThat(sold.get()).isEqualTo(1000);
        assertThat(refused).isEqualTo(600);
        assertThat(client.getItem(r -> r.tableName("stock").key(Map.of("pk", s("sku")))).item().get("available"))
                .isEqualTo(n(0));
    }

    @Test
    void shouldKeepTheTotalWhileTransactionsConflictAndReadersWatch() throws Exception {
        Tables.hashTable(client, "accounts");
        int accounts = 6;
        for (int i = 0; i < accounts; i++) {
            int k = i;
            client.putItem(r -> r.tableName("accounts").item(item("pk", s("acct-" + k), "balance", n(100))));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger cancelled = new AtomicInteger();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long seed = t;
            workers.add(() -> transfers(new Random(seed), accounts, cancelled));
        }
        List<Callable<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(() -> watchTotal(accounts, writing));
        }
        List<Future<Integer>> watching = new ArrayList<>();
        readers.forEach(r -> watching.add(pool.submit(r)));
        int committed = runAll(workers).stream().mapToInt(Integer::intValue).sum();
        writing.set(false);
        for (Future<Integer> w : watching) {
            assertThat(w.get()).as("snapshots whose total was not 600").isZero();
        }

        assertThat(committed + cancelled.get()).isEqualTo(8 * TRANSFERS);
        assertThat(cancelled.get()).as("some transfers must have been refused for lack of funds").isPositive();
        int total = 0;
        for (var item : client.scan(r -> r.tableName("accounts")).items()) {
            int balance = Integer.parseInt(item.get("balance").n());
            assertThat(balance).isNotNegative();
            total += balance;
        }
        assertThat(total).isEqualTo(600);
    }

    private int transfers(Random random, int accounts, AtomicInteger cancelled) {
        int committed = 0;
        for (int i = 0; i < TRANSFERS; i++) {
            int from = random.nextInt(accounts);
            int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
            int amount = 10 + random.nextInt(60);
            try {
                client.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(Map.of("pk", s("acct-" + from)))
                                .updateExpression("SET balance = balance - :a").conditionExpression("balance >= :a")
                                .expressionAttributeValues(Map.of(":a", n(amount)))).build(),
                        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(Map.of("pk", s("acct-" + to)))
                                .updateExpression("SET balance = balance + :a")
                                .expressionAttributeValues(Map.of(":a", n(amount)))).build()));
                committed++;
            } catch (TransactionCanceledException e) {
                assertThat(e.cancellationReasons().get(0).code()).isEqualTo("ConditionalCheckFailed");
                cancelled.incrementAndGet();
            }
        }
        return committed;
    }

    /** Reads every account in one TransactGetItems while transfers run; counts totals other than 600. */
    private int watchTotal(int accounts, AtomicBoolean writing) {
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            int k = i;
            gets.add(TransactGetItem.builder().get(g -> g.tableName("accounts").key(Map.of("pk", s("acct-" + k)))).build());
        }
        int wrong = 0;
        int reads = 0;
        while (writing.get() || reads == 0) {
            int total = client.transactGetItems(r -> r.transactItems(gets)).responses().stream()
                    .mapToInt(g -> Integer.parseInt(g.item().get("balance").n())).sum();
            wrong += total == 600 ? 0 : 1;
            reads++;
        }
        return wrong;
    }
}
