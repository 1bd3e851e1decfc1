package dev.orderflow.localcloud.lambda.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Lambda Java runtime (the runtime interface client and the libraries it brings), packed in
 * the local cloud's jar at build time and unpacked once into the work folder: Lambda's
 * {@code /var/runtime/lib}.
 */
public final class RuntimeJars {

    /** The RIC's entry point, started with the handler as its argument. */
    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String RESOURCE_DIR = "/dev/orderflow/localcloud/lambda/runtime/";
    private static final List<String> JARS = List.of("aws-lambda-java-runtime-interface-client.jar",
            "aws-lambda-java-core.jar", "aws-lambda-java-serialization.jar", "utils-lite.jar", "annotations.jar");

    private RuntimeJars() {
    }

    private static byte[] packed(String name) throws IOException {
        try (InputStream in = RuntimeJars.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the local cloud was built without the Lambda runtime jar " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Unpacks the jars, leaving alone those already there and identical (a restart rewrites nothing). */
    public static synchronized List<Path> unpack(Path runtimeDirectory) {
        try {
            Path lib = Files.createDirectories(runtimeDirectory.resolve("lib"));
            List<Path> jars = new ArrayList<>();
            for (String name : JARS) {
                Path jar = lib.resolve(name);
                byte[] packed = packed(name);
                if (!Files.isRegularFile(jar) || !Arrays.equals(packed, Files.readAllBytes(jar))) {
                    Path partial = Files.createTempFile(lib, name, ".part");
                    Files.write(partial, packed);
                    Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                jars.add(jar);
            }
            return List.copyOf(jars);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Lambda runtime: " + e.getMessage(), e);
        }
    }
}
