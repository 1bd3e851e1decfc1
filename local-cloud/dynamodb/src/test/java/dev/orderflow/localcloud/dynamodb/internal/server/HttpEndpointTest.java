package dev.orderflow.localcloud.dynamodb.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.dynamodb.LocalDynamoDb;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP layer on its own, with the JDK's HttpClient: chunked bodies, 100-continue, health, bad requests. */
class HttpEndpointTest {

    private LocalDynamoDb db;
    private URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        db = LocalDynamoDb.builder().build().start();
        endpoint = db.endpoint();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private HttpRequest.Builder listTables() {
        return HttpRequest.newBuilder(endpoint).header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("Content-Type", "application/x-amz-json-1.0");
    }

    @Test
    void shouldAnswerHealthChecks() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("healthy: dynamodb.us-east-1.amazonaws.com");
    }

    @Test
    void shouldReadChunkedBodiesAndAnswerExpectContinue() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(listTables()
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> continued = http.send(listTables().expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> r : java.util.List.of(chunked, continued)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"TableNames\":[]}");
            assertThat(r.headers().firstValue("x-amz-crc32")).isPresent();
        }
    }

    @Test
    void shouldServeManyRequestsOnOneKeptAliveConnection() throws Exception {
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = http.send(listTables().POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerAMalformedRequestWith400AndClose() throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 400 ");
        }
    }
}
