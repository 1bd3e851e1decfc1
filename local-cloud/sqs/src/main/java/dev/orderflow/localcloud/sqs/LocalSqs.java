package dev.orderflow.localcloud.sqs;

import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.sqs.internal.ElasticMq;
import dev.orderflow.localcloud.sqs.internal.QueueCreator;
import dev.orderflow.localcloud.sqs.internal.SqsEdgeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.elasticmq.NodeAddress;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local SQS: an embedded ElasticMQ behind the edge endpoint. Queue URLs name the edge
 * ({@code <edge>/<account>/<queue>}), so they work for users, functions and the local cloud alike.
 *
 * <pre>{@code
 * try (LocalSqs sqs = LocalSqs.start(SqsSettings.builder().edgeUrl(edge.url()).build())) {
 *     edge.register(sqs.edgeService());
 *     sqs.declare(List.of(new QueueDeclaration("orders-dlq", Map.of())));
 * }
 * }</pre>
 */
public final class LocalSqs implements AutoCloseable {

    private final SqsSettings settings;
    private final ElasticMq elasticMq;
    private final SqsClient client;
    private final QueueAddresses addresses;
    private volatile int declared;

    private LocalSqs(SqsSettings settings, ElasticMq elasticMq) {
        this.settings = settings;
        this.elasticMq = elasticMq;
        this.addresses = new QueueAddresses(settings.edgeUrl().toString(), settings.region(), settings.accountId());
        InetSocketAddress address = elasticMq.address();
        this.client = SqsClient.builder()
                .endpointOverride(URI.create("http://" + address.getHostString() + ":" + address.getPort()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                // Long polls wait up to 20 s.
                .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /** Starts ElasticMQ; with a data directory, queues and messages of the last run are back. */
    public static LocalSqs start(SqsSettings settings) {
        Path data = settings.dataDirectory() == null ? null : createDirectories(settings.dataDirectory().resolve("sqs"));
        URI edge = settings.edgeUrl();
        NodeAddress visible = new NodeAddress(edge.getScheme(), edge.getHost(), edge.getPort(), "");
        return new LocalSqs(settings, ElasticMq.start(settings.bindHost(), visible, settings.region(),
                settings.accountId(), data));
    }

    /** Creates the queues (dead-letter targets first); queues that exist get the declared attributes. */
    public void declare(List<QueueDeclaration> queues) {
        new QueueCreator(client, addresses).create(queues);
        declared += queues.size();
    }

    /** SQS on the edge endpoint (AWS JSON protocol). */
    public EdgeService edgeService() {
        return new SqsEdgeService(elasticMq.address(), this::health);
    }

    /** An SDK client for the local cloud's own calls (event source mappings, tests). */
    public SqsClient client() {
        return client;
    }

    public QueueSender sender() {
        return new QueueSender(client, addresses);
    }

    public QueueAddresses addresses() {
        return addresses;
    }

    public ServiceHealth health() {
        return ServiceHealth.running(Map.of("engine", "ElasticMQ", "declaredQueues", declared,
                "persistent", settings.dataDirectory() != null));
    }

    @Override
    public void close() {
        client.close();
        elasticMq.close();
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }
}
