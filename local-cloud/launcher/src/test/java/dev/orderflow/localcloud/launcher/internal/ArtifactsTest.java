package dev.orderflow.localcloud.launcher.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orderflow.localcloud.template.FunctionDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {

    @TempDir
    Path folder;

    @Test
    void shouldFindTheModulesShadedJar() throws Exception {
        Path module = Files.createDirectories(folder.resolve("order-handler/target"));
        Files.writeString(folder.resolve("order-handler/pom.xml"), "<project/>");
        Files.writeString(module.resolve("original-order-handler.jar"), "");
        Path jar = Files.writeString(module.resolve("order-handler.jar"), "");

        assertThat(Artifacts.function(function(folder.resolve("order-handler")))).isEqualTo(jar);
    }

    @Test
    void shouldFindTheOnlyJarWhenTheArtifactIdDiffers() throws Exception {
        Path target = Files.createDirectories(folder.resolve("fixtures/target"));
        Files.writeString(target.resolve("original-local-fixtures.jar"), "");
        Path jar = Files.writeString(target.resolve("local-fixtures.jar"), "");

        assertThat(Artifacts.function(function(folder.resolve("fixtures")))).isEqualTo(jar);
    }

    @Test
    void shouldSayHowToBuildAMissingArtifact() throws Exception {
        Files.createDirectories(folder.resolve("payment-handler"));
        Files.writeString(folder.resolve("payment-handler/pom.xml"), "<project/>");

        assertThatThrownBy(() -> Artifacts.function(function(folder.resolve("payment-handler"))))
                .hasMessageContaining("Fn: no built artifact for CodeUri").hasMessageContaining("payment-handler.jar")
                .hasMessageContaining("mvn -B package -DskipTests");
    }

    private static FunctionDefinition function(Path codeUri) {
        return new FunctionDefinition("Fn", "stack-Fn", "arn", "a.B", "java21", codeUri, 128, 3, Map.of(), List.of(),
                null, "PassThrough", Map.of(), List.of(), MissingNode.getInstance(), MissingNode.getInstance(),
                MissingNode.getInstance());
    }
}
