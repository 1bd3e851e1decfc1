package dev.orderflow.localcloud.dynamodb;

import dev.orderflow.localcloud.dynamodb.internal.protocol.Dispatcher;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * DynamoDB's AWS JSON 1.0 protocol without HTTP: give it the {@code X-Amz-Target} header and the
 * request body, get the response. The HTTP server is a thin layer over this, and an edge that
 * already speaks HTTP can call it in process. Thread-safe.
 */
public final class DynamoDbProtocol {

    /** The content type of every request and response. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    /** The X-Amz-Target prefix of every operation, e.g. {@code DynamoDB_20120810.PutItem}. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";

    private final Dispatcher dispatcher;
    private final AtomicLong requests = new AtomicLong();
    private final String requestIdPrefix = Long.toHexString(System.nanoTime());

    DynamoDbProtocol(Database database) {
        this.dispatcher = new Dispatcher(database);
    }

    /** The X-Amz-Target prefix of DynamoDB Streams operations, e.g. {@code DynamoDBStreams_20120810.GetRecords}. */
    public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

    /** True when this target names a DynamoDB or DynamoDB Streams operation (an edge can route on it). */
    public static boolean handles(String xAmzTarget) {
        return xAmzTarget != null && (xAmzTarget.startsWith(TARGET_PREFIX) || xAmzTarget.startsWith(STREAMS_TARGET_PREFIX));
    }

    /**
     * Runs one request. Never throws for a client mistake: errors come back as DynamoDB sends
     * them (4xx with {@code __type} and {@code message}); unexpected failures as a 500.
     */
    public DynamoDbResponse handle(String xAmzTarget, byte[] body) {
        Dispatcher.Result result = dispatcher.dispatch(xAmzTarget, body == null ? new byte[0] : body);
        CRC32 crc = new CRC32();
        crc.update(result.body());
        return new DynamoDbResponse(result.status(), Map.of(
                "Content-Type", CONTENT_TYPE,
                "x-amz-crc32", Long.toString(crc.getValue()),
                "x-amzn-RequestId", requestIdPrefix + "-" + requests.incrementAndGet()), result.body());
    }
}
