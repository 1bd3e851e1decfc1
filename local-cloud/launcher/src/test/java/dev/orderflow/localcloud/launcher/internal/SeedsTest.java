package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTypePlainJsonAsDynamoDbAttributes() throws Exception {
        String typed = Seeds.attributes(JSON.readTree(
                "{\"sku\":\"A-1\",\"available\":10,\"price\":1.5,\"active\":true,\"note\":null,"
                        + "\"tags\":[\"x\",2],\"dims\":{\"w\":3}}")).toString();

        assertThat(typed).isEqualTo("{\"sku\":{\"S\":\"A-1\"},\"available\":{\"N\":\"10\"},\"price\":{\"N\":\"1.5\"},"
                + "\"active\":{\"BOOL\":true},\"note\":{\"NULL\":true},\"tags\":{\"L\":[{\"S\":\"x\"},{\"N\":\"2\"}]},"
                + "\"dims\":{\"M\":{\"w\":{\"N\":\"3\"}}}}");
    }
}
