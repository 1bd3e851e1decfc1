package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The template's functions as the local Lambda runs them, with their layers found locally. */
public final class Functions {

    private Functions() {
    }

    public static FunctionConfig config(SamTemplate template, FunctionDefinition function, Consumer<String> warnings) {
        List<Path> layers = new ArrayList<>();
        for (String arn : function.layers()) {
            template.layerByArn(arn).ifPresentOrElse(layer -> layers.add(Artifacts.layer(layer)),
                    () -> warnings.accept(function.logicalId() + ": layer " + arn
                            + " is not declared in the template; the function runs without it"));
        }
        return FunctionConfig.builder()
                .name(function.name())
                .arn(function.arn())
                .handler(function.handler())
                .runtime(function.runtime())
                .artifact(Artifacts.function(function))
                .layers(layers)
                .memoryMb(function.memorySize())
                .timeout(Duration.ofSeconds(function.timeoutSeconds()))
                .environment(function.environment())
                .reservedConcurrency(function.reservedConcurrency())
                .logGroup(function.loggingConfig().get("LogGroup"))
                .logFormat(function.loggingConfig().getOrDefault("LogFormat", "Text"))
                .logLevel(function.loggingConfig().get("ApplicationLogLevel"))
                .build();
    }
}
