package dev.orderflow.localcloud.lambda.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.internal.FunctionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildCommandTest {

    @TempDir
    Path folder;

    @Test
    void shouldStartTheRuntimeBehindTheWrapperWithTheHandlerLast() throws Exception {
        Path layer = Files.createDirectories(folder.resolve("layer/java/lib"));
        Files.writeString(layer.resolve("layer.jar"), "");
        Path wrapper = folder.resolve("layer/wrap");
        Files.writeString(wrapper, "#!/bin/sh\nexec \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(folder.resolve("fn.jar"), "");
        FunctionConfig function = FunctionConfig.builder().name("fn").arn("arn").handler("a.B::handle").artifact(jar)
                .memoryMb(1024).layers(List.of(folder.resolve("layer"))).build();
        FunctionFiles files = new FunctionFiles(function, folder.resolve("functions"), folder.resolve("runtime")).prepare();

        List<String> command = ChildCommand.of(function, files, List.of(Path.of("/rt/ric.jar")), Path.of("/jdk"), "/opt/wrap");

        assertThat(command.get(0)).isEqualTo(files.optDirectory().resolve("wrap").toString());
        assertThat(command.get(1)).isEqualTo("/jdk/bin/java");
        assertThat(command).contains("-XX:MaxHeapSize=870m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(command.get(command.size() - 2)).isEqualTo("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        assertThat(command.get(command.size() - 1)).isEqualTo("a.B::handle");
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertThat(classPath).startsWith("/rt/ric.jar:").contains("/task/lib/fn.jar:").endsWith("/opt/java/lib/layer.jar");
    }

    @Test
    void shouldRefuseAWrapperTheLayersDoNotHave() throws Exception {
        Path jar = Files.writeString(folder.resolve("fn.jar"), "");
        FunctionConfig function = FunctionConfig.builder().name("fn").arn("arn").handler("a.B").artifact(jar).build();
        FunctionFiles files = new FunctionFiles(function, folder.resolve("functions"), folder.resolve("runtime")).prepare();

        assertThatThrownBy(() -> ChildCommand.of(function, files, List.of(), Path.of("/jdk"), "/opt/missing"))
                .hasMessageContaining("AWS_LAMBDA_EXEC_WRAPPER /opt/missing");
    }
}
