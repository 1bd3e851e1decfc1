package dev.orderflow.domain.logging;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Application logging through the Lambda runtime's logger. The template turns on Lambda's JSON log
 * format, so the runtime wraps each line in a JSON object with timestamp, level and the request id;
 * this class contributes the message: a fixed phrase followed by {@code key=value} pairs, which
 * CloudWatch Logs Insights can {@code parse}. Values are ids and amounts, never personal data.
 */
public final class AppLog {

    private final String component;

    private AppLog(String component) {
        this.component = component;
    }

    public static AppLog of(Class<?> owner) {
        return new AppLog(owner.getSimpleName());
    }

    public void info(String message, Object... keyValues) {
        log(LogLevel.INFO, message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        log(LogLevel.WARN, message, null, keyValues);
    }

    public void error(String message, Throwable cause, Object... keyValues) {
        log(LogLevel.ERROR, message, cause, keyValues);
    }

    private void log(LogLevel level, String message, Throwable cause, Object... keyValues) {
        LambdaLogger logger = LambdaRuntime.getLogger();
        logger.log(format(message, cause, keyValues), level);
    }

    String format(String message, Throwable cause, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("Log fields come in key, value pairs");
        }
        StringBuilder line = new StringBuilder(message).append(" component=").append(component);
        for (int i = 0; i < keyValues.length; i += 2) {
            line.append(' ').append(keyValues[i]).append('=').append(keyValues[i + 1]);
        }
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        return line.toString();
    }
}
