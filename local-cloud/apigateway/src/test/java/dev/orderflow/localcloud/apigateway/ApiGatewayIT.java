package dev.orderflow.localcloud.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Isolation;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API's proxy integration end to end, with fixture functions in isolated class loaders. */
class ApiGatewayIT {

    private static final Path FIXTURES = Path.of("../fixtures/target/local-cloud-fixtures.jar").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static LambdaService lambda;
    static ApiGateway gateway;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        lambda = LambdaService.start(LambdaSettings.builder().isolation(Isolation.IN_PROCESS).workDirectory(work)
                .endpointUrl("http://127.0.0.1:4566").logSink((f, r, t) -> { }).build());
        register("api", "dev.orderflow.localcloud.fixtures.ApiHandler::handleRequest");
        register("slow", "dev.orderflow.localcloud.fixtures.ApiHandler::handleRequest");
        register("malformed", "dev.orderflow.localcloud.fixtures.MalformedResponseHandler::handleRequest");
        RestApi api = new RestApi("OrdersApi", "abcdef1234", "dev", true,
                new TextNode("'*'"), List.of("image/png"), JSON.readTree(
                        "{\"MISSING_AUTHENTICATION_TOKEN\":{\"StatusCode\":404,\"ResponseParameters\":{\"Headers\":"
                                + "{\"Access-Control-Allow-Origin\":\"'*'\"}}},\"BAD_REQUEST_BODY\":{\"StatusCode\":400,"
                                + "\"ResponseTemplates\":{\"application/json\":\"{\\\"message\\\": "
                                + "\\\"$context.error.validationErrorString\\\"}\"}}}"),
                JSON.readTree("{\"Order\":{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"type\":\"object\","
                        + "\"required\":[\"customerId\"],\"properties\":{\"customerId\":{\"type\":\"string\"},"
                        + "\"quantity\":{\"type\":\"integer\",\"minimum\":1}}}}"));
        List<Route> routes = List.of(new Route(api, "ANY", "/echo/{id}", "api"), new Route(api, "GET", "/status/{code}", "api"),
                new Route(api, "GET", "/binary", "api"), new Route(api, "GET", "/fail", "api"),
                new Route(api, "GET", "/sleep/{millis}", "slow"), new Route(api, "GET", "/malformed", "malformed"),
                new Route(api, "POST", "/validated", "api", new Route.RequestModel("Order", true, true)));
        gateway = ApiGateway.start(ApiGatewaySettings.builder().port(0).integrationTimeout(Duration.ofSeconds(6))
                .maxBodyBytes(1024).build(), routes, lambda);
        // Warm both functions, so that a slow cold start on a busy machine cannot pass for the 29 s limit.
        send(HttpRequest.newBuilder(uri("/status/200")));
        send(HttpRequest.newBuilder(uri("/malformed")));
    }

    private static void register(String name, String handler) {
        lambda.register(FunctionConfig.builder().name(name).arn("arn:aws:lambda:us-east-1:123456789012:function:" + name)
                .handler(handler).artifact(FIXTURES).timeout(Duration.ofSeconds(10)).build());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        lambda.close();
    }

    @Test
    void shouldBuildTheProxyEventFromTheRequest() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/echo/o%2D1?tag=a&tag=b&single=x"))
                .header("Idempotency-Key", "k-1").header("X-Multi", "one")
                .header("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"A\"}")));

        JsonNode event = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Multi")).containsExactly("one", "two");
        assertThat(response.headers().firstValue("X-Amzn-Trace-Id")).contains("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
        assertThat(event.path("resource").asText()).isEqualTo("/echo/{id}");
        assertThat(event.path("path").asText()).isEqualTo("/echo/o%2D1");
        assertThat(event.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(event.path("pathParameters").path("id").asText()).isEqualTo("o-1");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("b");
        assertThat(event.path("multiValueQueryStringParameters").path("tag")).hasSize(2);
        assertThat(event.path("headers").path("Idempotency-Key").asText()).isEqualTo("k-1");
        assertThat(event.path("multiValueHeaders").path("X-Multi").get(0).asText()).isEqualTo("one");
        assertThat(event.path("body").asText()).isEqualTo("{\"sku\":\"A\"}");
        assertThat(event.path("isBase64Encoded").asBoolean()).isFalse();
        JsonNode context = event.path("requestContext");
        assertThat(context.path("stage").asText()).isEqualTo("dev");
        assertThat(context.path("resourcePath").asText()).isEqualTo("/echo/{id}");
        assertThat(context.path("httpMethod").asText()).isEqualTo("POST");
        assertThat(context.path("identity").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("requestId").asText()).isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }

    @Test
    void shouldEncodeBinaryBodiesAndDecodeBinaryResponses() throws Exception {
        HttpResponse<String> echoed = send(HttpRequest.newBuilder(uri("/echo/1")).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})));
        HttpResponse<byte[]> binary = CLIENT.send(HttpRequest.newBuilder(uri("/binary")).header("Accept", "image/png").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(JSON.readTree(echoed.body()).path("body").asText()).isEqualTo("AQID");
        assertThat(JSON.readTree(echoed.body()).path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(binary.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void shouldServeTheStagePrefixAndTheFunctionsStatus() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/dev/status/418"))).statusCode()).isEqualTo(418);
        assertThat(send(HttpRequest.newBuilder(uri("/status/201"))).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldAnswerAsApiGatewayWhenTheIntegrationFails() throws Exception {
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/nowhere")));
        HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/fail")));
        HttpResponse<String> malformed = send(HttpRequest.newBuilder(uri("/malformed")));
        HttpResponse<String> slow = send(HttpRequest.newBuilder(uri("/sleep/8000")));
        HttpResponse<String> large = send(HttpRequest.newBuilder(uri("/echo/1"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2000))));

        assertThat(unknown.statusCode()).as("customised by GatewayResponses").isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        assertThat(unknown.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(failed.body()).isEqualTo("{\"message\":\"Internal server error\"}");
        assertThat(malformed.statusCode()).isEqualTo(502);
        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(slow.body()).isEqualTo("{\"message\":\"Endpoint request timed out\"}");
        assertThat(large.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldValidateTheBodyAgainstTheModelBeforeTheFunctionRuns() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/validated"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"quantity\":0}")));
        HttpResponse<String> valid = send(HttpRequest.newBuilder(uri("/validated"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\"c-1\",\"quantity\":2}")));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).path("message").asText()).contains("customerId").contains("quantity");
        assertThat(valid.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerTheCorsPreflight() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/status/200"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).contains("GET,OPTIONS");
    }

    private static URI uri(String path) {
        return URI.create(gateway.url() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
