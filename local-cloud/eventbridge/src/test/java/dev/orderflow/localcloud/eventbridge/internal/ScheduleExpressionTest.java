package dev.orderflow.localcloud.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    @Test
    void shouldReadRatesWithEventBridgesSingularAndPluralUnits() {
        assertThat(ScheduleExpression.period("rate(1 minute)")).isEqualTo(Duration.ofMinutes(1));
        assertThat(ScheduleExpression.period("rate(5 minutes)")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ScheduleExpression.period("rate(1 hour)")).isEqualTo(Duration.ofHours(1));
        assertThat(ScheduleExpression.period("rate(2 days)")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void shouldRefuseMalformedRatesAndSayCronIsNotEmulated() {
        assertThatThrownBy(() -> ScheduleExpression.period("rate(1 minutes)")).hasMessageContaining("singular unit for 1");
        assertThatThrownBy(() -> ScheduleExpression.period("rate(5 minute)")).hasMessageContaining("plural");
        assertThatThrownBy(() -> ScheduleExpression.period("rate(0 minutes)")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ScheduleExpression.period("every minute")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> ScheduleExpression.period("cron(0 12 * * ? *)")).hasMessageContaining("cron() schedules are not emulated");
    }
}
