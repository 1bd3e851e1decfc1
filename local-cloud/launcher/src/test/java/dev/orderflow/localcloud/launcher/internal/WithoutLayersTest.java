package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orderflow.localcloud.template.FunctionDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WithoutLayersTest {

    @Test
    void shouldDropTheLayersAndAWrapperThatPointsIntoThem() {
        FunctionDefinition layered = function(Map.of("AWS_LAMBDA_EXEC_WRAPPER", "/opt/xray-wrapper", "STAGE", "dev"));

        FunctionDefinition plain = WithoutLayers.apply(layered);

        assertThat(plain.layers()).isEmpty();
        assertThat(plain.environment()).isEqualTo(Map.of("STAGE", "dev"));
        assertThat(plain.handler()).isEqualTo(layered.handler());
        assertThat(plain.tracing()).isEqualTo("Active");
    }

    @Test
    void shouldKeepAWrapperThatIsNotInALayer() {
        FunctionDefinition own = function(Map.of("AWS_LAMBDA_EXEC_WRAPPER", "/var/task/wrapper"));

        assertThat(WithoutLayers.apply(own).environment()).containsEntry("AWS_LAMBDA_EXEC_WRAPPER", "/var/task/wrapper");
    }

    private static FunctionDefinition function(Map<String, String> environment) {
        return new FunctionDefinition("Orders", "orderflow-dev-Orders", "arn:aws:lambda:us-east-1:123456789012:function:x",
                "example.Handler::handleRequest", "java21", Path.of("orders"), 1024, 20, environment,
                List.of("arn:aws:lambda:us-east-1:123456789012:layer:xray:1"), null, "Active", Map.of(), List.of(),
                MissingNode.getInstance(), MissingNode.getInstance(), MissingNode.getInstance());
    }
}
