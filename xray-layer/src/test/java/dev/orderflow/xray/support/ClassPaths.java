package dev.orderflow.xray.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits this test JVM's class path into what a Lambda environment would hold: the runtime's
 * jars (the runtime interface client and its dependencies) and a fixture function's jars (the
 * fixture classes, the events library, the AWS SDK, Jackson). The layer's own classes are left
 * out on purpose: in a fresh JVM they come only from the built layer zip.
 */
public final class ClassPaths {
    private ClassPaths() {
    }

    public static List<Path> runtime() {
        return select(name -> name.startsWith("aws-lambda-java-runtime-interface-client")
                || name.startsWith("aws-lambda-java-core") || name.startsWith("aws-lambda-java-serialization")
                || name.startsWith("utils-lite"));
    }

    /** The runtime's jars with another version of aws-lambda-java-serialization in place of this build's. */
    public static List<Path> runtimeWith(Path serializationJar) {
        List<Path> jars = new ArrayList<>();
        for (Path jar : runtime()) {
            jars.add(jar.getFileName().toString().startsWith("aws-lambda-java-serialization") ? serializationJar : jar);
        }
        return jars;
    }

    public static List<Path> fixtureFunction() {
        List<Path> jars = new ArrayList<>();
        for (String entry : entries()) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (entry.endsWith("test-classes")) {
                jars.add(path);
            } else if (name.endsWith(".jar") && isFunctionLibrary(path, name)) {
                jars.add(path);
            }
        }
        return jars;
    }

    /** A jar on the class path whose file name starts with {@code prefix} (e.g. {@code order-handler}). */
    public static Path jar(String prefix) {
        List<Path> found = select(name -> name.startsWith(prefix) && name.endsWith(".jar"));
        if (found.isEmpty()) {
            throw new IllegalStateException(prefix + " is not on the test class path");
        }
        return found.get(0);
    }

    private static boolean isFunctionLibrary(Path path, String name) {
        boolean sdk = path.toString().contains(File.separator + "awssdk" + File.separator)
                || name.startsWith("reactive-streams") || name.startsWith("slf4j-api")
                || name.startsWith("eventstream");
        boolean jackson = path.toString().contains(File.separator + "fasterxml" + File.separator);
        boolean events = name.startsWith("aws-lambda-java-events") || name.startsWith("joda-time");
        boolean runtimeOwned = name.startsWith("utils-lite");
        return (sdk || jackson || events) && !runtimeOwned;
    }

    private static List<Path> select(Predicate<String> byFileName) {
        List<Path> out = new ArrayList<>();
        for (String entry : entries()) {
            Path path = Path.of(entry);
            if (byFileName.test(path.getFileName().toString())) {
                out.add(path);
            }
        }
        return out;
    }

    private static String[] entries() {
        return System.getProperty("java.class.path").split(File.pathSeparator);
    }
}
