package dev.orderflow.xray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code deployment/create-xray-layer.sh} from a copy of the project's layout, with stand-ins
 * for {@code mvn} (writes the zip, or fails) and {@code aws} (records its arguments, prints an
 * ARN) first on the PATH: what the script builds, what it publishes and what it prints.
 */
class CreateLayerScriptTest {
    private static final Path SCRIPT = Paths.get("../deployment/create-xray-layer.sh");
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:layer:my-xray:7";

    @TempDir
    Path dir;
    private Path root;
    private Path bin;

    @BeforeEach
    void projectCopyAndStandIns() throws IOException {
        root = dir.resolve("project");
        Files.createDirectories(root.resolve("deployment"));
        Files.copy(SCRIPT, root.resolve("deployment/create-xray-layer.sh"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        bin = dir.resolve("bin");
        Files.createDirectories(bin);
        executable(bin.resolve("aws"), "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"" + dir.resolve("aws.args") + "\"\n"
                + "echo '" + ARN + "'\n");
    }

    private void mavenThatBuilds() throws IOException {
        executable(bin.resolve("mvn"), "#!/bin/bash\nprintf '%s\\n' \"$@\" > \"" + dir.resolve("mvn.args") + "\"\n"
                + "mkdir -p \"" + root.resolve("xray-layer/target") + "\"\n"
                + "printf 'PK\\005\\006' > \"" + root.resolve("xray-layer/target/xray-layer.zip") + "\"\n");
    }

    @Test
    void shouldBuildTheZipAndNotPublishUnlessAsked() throws Exception {
        mavenThatBuilds();

        Run run = run();

        assertThat(run.exit).isZero();
        assertThat(lines("mvn.args")).containsSubsequence("-f", root.resolve("pom.xml").toString())
                .containsSubsequence("-pl", "xray-layer", "-am", "package", "-DskipTests");
        assertThat(run.out).contains("Built " + root.resolve("xray-layer/target/xray-layer.zip") + " (4 bytes)")
                .contains("Not published (add --publish");
        assertThat(dir.resolve("aws.args")).doesNotExist();
    }

    @Test
    void shouldPublishTheZipForTheJavaRuntimesAndPrintTheArn() throws Exception {
        mavenThatBuilds();

        Run run = run("--publish", "--layer-name", "my-xray", "--region", "eu-west-1");

        assertThat(run.exit).isZero();
        assertThat(lines("aws.args")).startsWith("lambda", "publish-layer-version")
                .containsSubsequence("--region", "eu-west-1")
                .containsSubsequence("--layer-name", "my-xray")
                .containsSubsequence("--compatible-runtimes", "java21", "java25")
                .containsSubsequence("--zip-file", "fileb://" + root.resolve("xray-layer/target/xray-layer.zip"));
        assertThat(run.out).contains("Published " + ARN).contains("AWS_LAMBDA_EXEC_WRAPPER=/opt/xray-wrapper");
    }

    @Test
    void shouldPublishUnderTheDefaultNameWithoutARegionOption() throws Exception {
        mavenThatBuilds();

        Run run = run("--publish");

        assertThat(run.exit).isZero();
        assertThat(lines("aws.args")).containsSubsequence("--layer-name", "orderflow-xray").doesNotContain("--region");
    }

    @Test
    void shouldRefuseAnUnknownOptionBeforeBuilding() throws Exception {
        mavenThatBuilds();

        Run run = run("--publsh");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).contains("unknown option: --publsh").contains("--publish --layer-name");
        assertThat(dir.resolve("mvn.args")).doesNotExist();
    }

    @Test
    void shouldStopWithoutPublishingWhenTheBuildFails() throws Exception {
        executable(bin.resolve("mvn"), "#!/bin/bash\necho 'BUILD FAILURE' >&2\nexit 1\n");

        Run run = run("--publish");

        assertThat(run.exit).isNotZero();
        assertThat(dir.resolve("aws.args")).doesNotExist();
        assertThat(run.out).doesNotContain("Published");
    }

    @Test
    void shouldPrintItsUsageOnlyForHelp() throws Exception {
        Run run = run("--help");

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Builds the OrderFlow X-Ray layer").contains("lambda:PublishLayerVersion")
                .doesNotContain("set -e");
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file));
    }

    private record Run(int exit, String out) {
    }

    private Run run(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deployment/create-xray-layer.sh").toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("script finished").isTrue();
        return new Run(process.exitValue(), out);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
