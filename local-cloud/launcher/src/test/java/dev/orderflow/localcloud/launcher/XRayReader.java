package dev.orderflow.localcloud.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.xray.XRayClient;
import software.amazon.awssdk.services.xray.model.Segment;
import software.amazon.awssdk.services.xray.model.Service;
import software.amazon.awssdk.services.xray.model.Trace;
import software.amazon.awssdk.services.xray.model.TraceSummary;

/** Traces read back as a user reads them: the real SDK v2 XRayClient on the local cloud's edge endpoint. */
final class XRayReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final XRayClient client;

    XRayReader(String edgeUrl) {
        client = XRayClient.builder().endpointOverride(URI.create(edgeUrl)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The segment documents of a trace (independent subsegments merged, inferred segments added); empty if unknown. */
    List<JsonNode> documents(String traceId) {
        List<JsonNode> documents = new ArrayList<>();
        for (Trace trace : client.batchGetTraces(b -> b.traceIds(traceId)).traces()) {
            for (Segment segment : trace.segments()) {
                try {
                    documents.add(JSON.readTree(segment.document()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return documents;
    }

    /** The documents of a trace once {@code complete} holds for them; the last seen at the deadline. */
    List<JsonNode> awaitDocuments(String traceId, Predicate<List<JsonNode>> complete, Instant deadline)
            throws InterruptedException {
        List<JsonNode> documents = documents(traceId);
        while (!complete.test(documents) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            documents = documents(traceId);
        }
        return documents;
    }

    List<String> traceIds(Instant from, String filter) {
        return client.getTraceSummariesPaginator(b -> b.startTime(from).endTime(Instant.now().plusSeconds(5))
                .filterExpression(filter)).traceSummaries().stream().map(TraceSummary::id).collect(Collectors.toList());
    }

    /** The service graph's nodes by {@code name|type}. */
    Map<String, Service> serviceGraph(Instant from) {
        return client.getServiceGraph(b -> b.startTime(from).endTime(Instant.now().plusSeconds(5))).services().stream()
                .collect(Collectors.toMap(s -> s.name() + "|" + s.type(), Function.identity()));
    }

    /** Every segment document of the documents with the given origin. */
    static List<JsonNode> withOrigin(List<JsonNode> documents, String origin) {
        return documents.stream().filter(d -> d.path("origin").asText().equals(origin)).collect(Collectors.toList());
    }

    static List<JsonNode> named(List<JsonNode> documents, String origin, String name) {
        return withOrigin(documents, origin).stream().filter(d -> d.path("name").asText().equals(name))
                .collect(Collectors.toList());
    }

    /** A document's subsegments, at any depth, in document order. */
    static List<JsonNode> subsegments(JsonNode entity) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode child : entity.path("subsegments")) {
            all.add(child);
            all.addAll(subsegments(child));
        }
        return all;
    }

    @Override
    public void close() {
        client.close();
    }
}
