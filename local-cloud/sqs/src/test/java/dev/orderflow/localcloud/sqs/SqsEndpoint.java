package dev.orderflow.localcloud.sqs;

import dev.orderflow.localcloud.edge.EdgeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** An edge endpoint on a free port with the local SQS behind it, and a real SDK client pointed at the edge. */
final class SqsEndpoint implements AutoCloseable {

    final EdgeServer edge;
    final LocalSqs sqs;
    final SqsClient client;

    private SqsEndpoint(EdgeServer edge, LocalSqs sqs) {
        this.edge = edge;
        this.sqs = sqs;
        this.client = SqsClient.builder().endpointOverride(URI.create(edge.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static SqsEndpoint start(Path dataDirectory) {
        try {
            EdgeServer edge = EdgeServer.bind("127.0.0.1", 0);
            LocalSqs sqs = LocalSqs.start(SqsSettings.builder().edgeUrl(edge.url()).dataDirectory(dataDirectory).build());
            edge.register(sqs.edgeService());
            edge.start();
            return new SqsEndpoint(edge, sqs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String queueUrl(String name) {
        return edge.url() + "/123456789012/" + name;
    }

    @Override
    public void close() {
        client.close();
        edge.close();
        sqs.close();
    }
}
