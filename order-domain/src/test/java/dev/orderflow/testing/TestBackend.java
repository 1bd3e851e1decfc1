package dev.orderflow.testing;

import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link Backend} for a test: the template's tables in the test's DynamoDB, a recording bus and
 * a hand-moved clock.
 */
public final class TestBackend {

    public final Backend backend;
    public final RecordingPublisher bus = new RecordingPublisher();
    public final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:00:00Z"));
    public final Map<String, String> env;

    public TestBackend(DynamoDbClient dynamoDb) {
        this.env = TestTables.create(dynamoDb);
        this.backend = new Backend(dynamoDb, bus, Env.of(env), clock);
    }
}
