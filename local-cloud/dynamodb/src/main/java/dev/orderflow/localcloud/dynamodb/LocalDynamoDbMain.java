package dev.orderflow.localcloud.dynamodb;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar local-dynamodb-standalone.jar --port 8000 --data-dir ./data}: runs until killed. */
@Command(name = "local-dynamodb", mixinStandardHelpOptions = true,
        description = "An embeddable, wire-compatible DynamoDB endpoint (AWS JSON 1.0 over HTTP).")
public final class LocalDynamoDbMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8000", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--data-dir", description = "Keep data in this directory (write-ahead log); in memory if omitted.")
    Path dataDir;

    @Option(names = "--sync-writes", description = "fsync every write before acknowledging it (survives power loss).")
    boolean syncWrites;

    public static void main(String[] args) {
        int exit = new CommandLine(new LocalDynamoDbMain()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalDynamoDb db;
        try {
            db = LocalDynamoDb.builder().host(host).port(port).dataDir(dataDir).syncWrites(syncWrites).build();
        } catch (UncheckedIOException e) {
            System.err.println("local-dynamodb: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        try {
            db.start();
        } catch (UncheckedIOException e) {
            db.close();
            System.err.println("local-dynamodb: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            stopped.countDown();
        }, "local-dynamodb-shutdown"));
        System.out.println("Local DynamoDB listening on " + db.endpoint()
                + (dataDir == null ? " (in memory)" : " (data in " + dataDir.toAbsolutePath() + ")"));
        System.out.flush();
        stopped.await();
        return 0;
    }
}
