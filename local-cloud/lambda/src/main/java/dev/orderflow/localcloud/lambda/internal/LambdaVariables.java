package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The environment variables of an execution environment: the template's, then Lambda's reserved
 * ones (which a template cannot override on AWS either), with dummy credentials and the local
 * endpoint. Endpoint variables are the user's to override.
 */
public final class LambdaVariables {

    private LambdaVariables() {
    }

    public static Map<String, String> of(FunctionConfig function, LambdaSettings settings, FunctionFiles files) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_ENDPOINT_URL", settings.endpointUrl());
        env.putAll(function.environment());
        String xray = settings.xrayDaemonAddress();
        env.put("JAVA_HOME", settings.javaHome().toString());
        env.put("LAMBDA_TASK_ROOT", files.taskDirectory().toString());
        env.put("LAMBDA_RUNTIME_DIR", files.runtimeDirectory().toString());
        env.put("_HANDLER", function.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", function.logGroup());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream());
        env.put("AWS_LAMBDA_LOG_FORMAT", function.logFormat().toUpperCase(Locale.ROOT));
        if (function.logLevel() != null && function.logFormat().equalsIgnoreCase("JSON")) {
            env.put("AWS_LAMBDA_LOG_LEVEL", function.logLevel().toUpperCase(Locale.ROOT));
        }
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        env.put("AWS_XRAY_DAEMON_ADDRESS", xray);
        env.put("_AWS_XRAY_DAEMON_ADDRESS", xray.substring(0, xray.lastIndexOf(':')));
        env.put("_AWS_XRAY_DAEMON_PORT", xray.substring(xray.lastIndexOf(':') + 1));
        env.putIfAbsent("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR");
        env.put("AWS_ACCESS_KEY_ID", "AKIALOCALCLOUD000000");
        env.put("AWS_SECRET_ACCESS_KEY", "local-cloud-secret-access-key-not-a-secret");
        env.put("AWS_SESSION_TOKEN", "local-cloud-session-token");
        return env;
    }

    /** A stream name of Lambda's shape: {@code 2026/01/31/[$LATEST]<32 hex>}, one per environment. */
    private static String logStream() {
        String date = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        return date + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
    }
}
