package dev.orderflow.domain.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppLogTest {

    private final AppLog log = AppLog.of(AppLogTest.class);

    @Test
    void shouldWriteAPhraseThenKeyValuePairs() {
        assertThat(log.format("Order placed", null, "orderId", "o-1", "totalCents", 3700))
                .isEqualTo("Order placed component=AppLogTest orderId=o-1 totalCents=3700");
    }

    @Test
    void shouldAppendTheStackTraceOfACause() {
        assertThat(log.format("Failed", new IllegalStateException("boom")))
                .startsWith("Failed component=AppLogTest\njava.lang.IllegalStateException: boom");
    }

    @Test
    void shouldRefuseAnOddNumberOfFields() {
        assertThatThrownBy(() -> log.format("x", null, "orderId")).isInstanceOf(IllegalArgumentException.class);
    }
}
