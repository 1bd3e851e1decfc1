package dev.orderflow.localcloud.dynamodb;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * JUnit 5 extension: a fresh, empty, in-memory DynamoDB endpoint for every test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LocalDynamoDbExtension dynamo = new LocalDynamoDbExtension();
 *
 * @Test
 * void works(DynamoDbClient client) { ... }   // or dynamo.client(), dynamo.endpoint()
 * }</pre>
 *
 * Test methods may also declare {@link LocalDynamoDb} or {@link URI} parameters. A
 * {@code DynamoDbClient} needs the AWS SDK's {@code dynamodb} module and an HTTP client
 * (url-connection-client or apache-client) on the test class path.
 */
public final class LocalDynamoDbExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final String CLIENT_TYPE = "software.amazon.awssdk.services.dynamodb.DynamoDbClient";

    private LocalDynamoDb current;
    private AutoCloseable currentClient;

    @Override
    public void beforeEach(ExtensionContext context) {
        current = LocalDynamoDb.builder().build().start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (currentClient != null) {
            currentClient.close();
            currentClient = null;
        }
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The running instance of the current test. */
    public LocalDynamoDb dynamoDb() {
        if (current == null) {
            throw new IllegalStateException("no test is running");
        }
        return current;
    }

    public URI endpoint() {
        return dynamoDb().endpoint();
    }

    /** A DynamoDbClient for the current test's endpoint (region us-east-1, dummy credentials). */
    public DynamoDbClient client() {
        if (currentClient == null) {
            currentClient = Clients.create(endpoint());
        }
        return (DynamoDbClient) currentClient;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalDynamoDb.class || type == URI.class || type.getName().equals(CLIENT_TYPE);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalDynamoDb.class) {
            return dynamoDb();
        }
        return type == URI.class ? endpoint() : client();
    }

    /** Kept apart so that the SDK is only loaded when a client is asked for. */
    private static final class Clients {
        static DynamoDbClient create(URI endpoint) {
            return DynamoDbClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
        }
    }
}
