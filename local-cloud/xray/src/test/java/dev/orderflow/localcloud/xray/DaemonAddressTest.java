package dev.orderflow.localcloud.xray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DaemonAddressTest {

    @Test
    void shouldReadOneAddressForBothProtocols() {
        DaemonAddress address = DaemonAddress.parse("127.0.0.1:2000");
        assertThat(address.udp()).isEqualTo(address.tcp());
        assertThat(address.udp().getPort()).isEqualTo(2000);
        assertThat(address.toEnvironmentValue()).isEqualTo("127.0.0.1:2000");
    }

    @Test
    void shouldReadSeparateAddressesInEitherOrder() {
        DaemonAddress address = DaemonAddress.parse("udp:127.0.0.1:3000 tcp:127.0.0.1:3001");
        assertThat(address.udp().getPort()).isEqualTo(3000);
        assertThat(address.tcp().getPort()).isEqualTo(3001);
        assertThat(address.toEnvironmentValue()).isEqualTo("tcp:127.0.0.1:3001 udp:127.0.0.1:3000");
        assertThat(DaemonAddress.parse(address.toEnvironmentValue())).isEqualTo(address);
    }

    @Test
    void shouldRefuseMalformedAddresses() {
        assertThatThrownBy(() -> DaemonAddress.parse("localhost")).hasMessageContaining("needs host:port");
        assertThatThrownBy(() -> DaemonAddress.parse("localhost:abc")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> DaemonAddress.parse("localhost:70000")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> DaemonAddress.parse("tcp:a:1 tcp:b:2")).hasMessageContaining("must be host:port or");
        assertThatThrownBy(() -> DaemonAddress.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
