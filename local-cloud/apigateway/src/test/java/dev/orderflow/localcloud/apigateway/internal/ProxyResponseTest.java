package dev.orderflow.localcloud.apigateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.edge.EdgeResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyResponseTest {

    @Test
    void shouldMergeHeadersWithMultiValueHeadersWinning() {
        EdgeResponse response = map("{\"statusCode\":201,\"headers\":{\"A\":\"1\",\"B\":\"2\"},"
                + "\"multiValueHeaders\":{\"B\":[\"3\",\"4\"]},\"body\":\"created\"}", null).orElseThrow();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("A", List.of("1")).containsEntry("B", List.of("3", "4"));
        assertThat(response.bodyText()).isEqualTo("created");
    }

    @Test
    void shouldDecodeBase64OnlyWhenTheClientAcceptsABinaryType() {
        String payload = "{\"statusCode\":200,\"body\":\"AQID\",\"isBase64Encoded\":true}";

        assertThat(map(payload, "image/png").orElseThrow().body()).containsExactly(1, 2, 3);
        assertThat(map(payload, "application/json").orElseThrow().bodyText()).isEqualTo("AQID");
    }

    @Test
    void shouldRejectMalformedResponses() {
        assertThat(map("\"just a string\"", null)).isEmpty();
        assertThat(map("{\"body\":\"no status\"}", null)).isEmpty();
        assertThat(map("{\"statusCode\":\"200\"}", null)).isEmpty();
        assertThat(map("{\"statusCode\":200,\"body\":{\"an\":\"object\"}}", null)).isEmpty();
        assertThat(map("{\"statusCode\":200,\"headers\":{\"A\":[\"x\"]}}", null)).isEmpty();
        assertThat(map("not json", null)).isEmpty();
    }

    private static java.util.Optional<EdgeResponse> map(String payload, String accept) {
        return ProxyResponse.map(payload.getBytes(StandardCharsets.UTF_8), List.of("image/png"), accept);
    }
}
