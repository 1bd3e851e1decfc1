package dev.orderflow.localcloud.xray.internal.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatagramFramingTest {

    private static byte[] body(String datagram) {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        return DatagramFraming.body(bytes, bytes.length);
    }

    @Test
    void shouldStripTheHeaderTheSdksWrite() {
        assertThat(body("{\"format\":\"json\",\"version\":1}\n{\"id\":1}")).asString().isEqualTo("{\"id\":1}");
    }

    @Test
    void shouldAcceptTheHeaderWithOtherSpacing() {
        assertThat(body("{\"format\": \"json\", \"version\": 1}\n{}")).asString().isEqualTo("{}");
    }

    @Test
    void shouldDropDatagramsWithoutTheProtocolHeader() {
        assertThat(body("{\"id\":1}")).isNull();
        assertThat(body("{\"format\":\"json\",\"version\":1}")).isNull();
        assertThat(body("{\"format\":\"json\",\"version\":2}\n{}")).isNull();
        assertThat(body("{\"format\":\"xml\",\"version\":1}\n{}")).isNull();
        assertThat(body("garbage\n{}")).isNull();
        assertThat(body("\n{}")).isNull();
        assertThat(body("")).isNull();
    }

    @Test
    void shouldDropAnEmptyBody() {
        assertThat(body("{\"format\":\"json\",\"version\":1}\n")).isNull();
        assertThat(body("{\"format\":\"json\",\"version\":1}\n  \n")).isNull();
    }

    @Test
    void shouldFrameADocumentAsTheSdksDo() {
        byte[] datagram = DatagramFraming.frame("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(datagram, StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"json\",\"version\":1}\n{\"a\":1}");
    }
}
