package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.template.FunctionDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --no-layer}: a function as the template declares it, but without its layers, and without an
 * {@code AWS_LAMBDA_EXEC_WRAPPER} that points into them ({@code /opt/...}), which would no longer
 * exist. The same system without the X-Ray layer, for comparison.
 */
public final class WithoutLayers {

    static final String EXEC_WRAPPER = "AWS_LAMBDA_EXEC_WRAPPER";

    private WithoutLayers() {
    }

    public static FunctionDefinition apply(FunctionDefinition f) {
        Map<String, String> environment = new LinkedHashMap<>(f.environment());
        String wrapper = environment.get(EXEC_WRAPPER);
        if (wrapper != null && wrapper.startsWith("/opt/")) {
            environment.remove(EXEC_WRAPPER);
        }
        return new FunctionDefinition(f.logicalId(), f.name(), f.arn(), f.handler(), f.runtime(), f.codeUri(),
                f.memorySize(), f.timeoutSeconds(), environment, List.of(), f.reservedConcurrency(), f.tracing(),
                f.loggingConfig(), f.events(), f.eventInvokeConfig(), f.metadata(), f.properties());
    }
}
