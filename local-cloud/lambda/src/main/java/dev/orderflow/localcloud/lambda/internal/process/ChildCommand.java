package dev.orderflow.localcloud.lambda.internal.process;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.internal.FunctionFiles;
import dev.orderflow.localcloud.lambda.internal.RuntimeJars;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line of an execution environment, shaped as Lambda's Java runtime starts: the heap
 * capped from MemorySize, the runtime's jars then the function's then the layers' on the class
 * path, the RIC's main class and the handler last; behind {@code AWS_LAMBDA_EXEC_WRAPPER} when set.
 */
final class ChildCommand {

    private ChildCommand() {
    }

    static List<String> of(FunctionConfig function, FunctionFiles files, List<Path> runtimeJars, Path javaHome,
            String execWrapper) {
        List<String> command = new ArrayList<>();
        if (execWrapper != null) {
            Path wrapper = files.resolveOpt(execWrapper);
            if (!Files.isExecutable(wrapper)) {
                throw new IllegalStateException("function " + function.name() + ": AWS_LAMBDA_EXEC_WRAPPER " + execWrapper
                        + " is not an executable file of its layers (looked at " + wrapper + ")");
            }
            command.add(wrapper.toString());
        }
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-XX:MaxHeapSize=" + heapMb(function.memoryMb()) + "m");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add("-Dfile.encoding=UTF-8");
        if (featureVersion(javaHome) >= 22) {
            // The RIC loads its JNI client with System.load, which JDK 22+ warns about unless allowed.
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(Stream.concat(runtimeJars.stream(), files.classPath().stream()).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(RuntimeJars.MAIN_CLASS);
        command.add(function.handler());
        return List.copyOf(command);
    }

    /** The JDK's feature version from its {@code release} file; 17 when it cannot be read. */
    static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.\\-+]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 17;
        }
        return 17;
    }

    /** Lambda gives the heap most of the function's memory; the rest is metaspace, stacks, code cache. */
    static int heapMb(int memoryMb) {
        return memoryMb * 85 / 100;
    }
}
