package dev.orderflow.localcloud.eventbridge.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code rate(value unit)} schedule, with EventBridge's rules: a positive whole value, and
 * the singular unit for 1 ({@code rate(1 minute)}), the plural otherwise ({@code rate(5 minutes)}).
 */
public final class ScheduleExpression {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    private ScheduleExpression() {
    }

    /** The period of a rate expression; a cron() or malformed expression is refused with the reason. */
    public static Duration period(String expression) {
        if (expression.startsWith("cron(")) {
            throw new IllegalArgumentException("ScheduleExpression " + expression
                    + ": cron() schedules are not emulated locally; only rate() is");
        }
        Matcher rate = RATE.matcher(expression.trim());
        if (!rate.matches()) {
            throw new IllegalArgumentException("ScheduleExpression " + expression
                    + " is not valid: expected rate(<value> <minute(s)|hour(s)|day(s)>)");
        }
        long value = Long.parseLong(rate.group(1));
        String unit = rate.group(2);
        if (value < 1 || (value == 1) != !unit.endsWith("s")) {
            throw new IllegalArgumentException("ScheduleExpression " + expression
                    + " is not valid: the value must be positive, with a singular unit for 1 and a plural one otherwise");
        }
        return switch (unit.replaceAll("s$", "")) {
            case "minute" -> Duration.ofMinutes(value);
            case "hour" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
    }
}
