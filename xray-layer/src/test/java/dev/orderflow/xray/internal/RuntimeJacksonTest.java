package dev.orderflow.xray.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** Tracing starts only on a Jackson 2 at least as new as the oldest one tested with the layer (2.14). */
class RuntimeJacksonTest {

    @Test
    void shouldAcceptJackson2FromTheOldestTestedVersionOn() {
        assertThat(RuntimeJackson.supports(version(2, 14, 2))).isTrue();
        assertThat(RuntimeJackson.supports(version(2, 18, 6))).isTrue();
        assertThat(RuntimeJackson.supports(version(2, 23, 0))).isTrue();
    }

    @Test
    void shouldRefuseOlderOrOtherMajorVersions() {
        assertThat(RuntimeJackson.supports(version(2, 13, 4))).isFalse();
        assertThat(RuntimeJackson.supports(version(2, 10, 0))).isFalse();
        assertThat(RuntimeJackson.supports(version(3, 0, 0))).isFalse();
        assertThat(RuntimeJackson.supports(Version.unknownVersion())).isFalse();
    }

    @Test
    void shouldPassWithTheJacksonOnThisClassPath() {
        assertThatCode(RuntimeJackson::require).doesNotThrowAnyException();
    }

    private static Version version(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }
}
