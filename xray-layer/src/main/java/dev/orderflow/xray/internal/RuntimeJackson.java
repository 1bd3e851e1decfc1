package dev.orderflow.xray.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.cfg.PackageVersion;

/**
 * The layer ships no Jackson: in the layer jar, the X-Ray SDK's and the layer's Jackson references
 * are relocated onto the copy the Lambda Java runtime already carries, shaded inside
 * {@code aws-lambda-java-serialization} (the library the runtime (de)serialises events with), so
 * that a function does not load and initialise a second Jackson at cold start. That copy is the
 * runtime's, not ours: this check runs before anything of the X-Ray SDK is touched, and when the
 * copy is missing or older than the oldest version tested with the layer, tracing stays off.
 */
public final class RuntimeJackson {
    /** The oldest Jackson tested with the layer (aws-lambda-java-serialization 1.1.0, 2023). */
    static final int MIN_MINOR = 14;

    private RuntimeJackson() {
    }

    /** Throws {@link IllegalStateException} naming what was found when tracing cannot use it. */
    public static void require() {
        Version found;
        try {
            found = PackageVersion.VERSION;
        } catch (LinkageError missing) {
            throw new IllegalStateException("the Lambda runtime carries no Jackson the layer can use ("
                    + missing + "); X-Ray tracing is off", missing);
        }
        if (!supports(found)) {
            throw new IllegalStateException("the Lambda runtime's Jackson is " + found
                    + ", older than the 2." + MIN_MINOR + " the layer needs; X-Ray tracing is off");
        }
    }

    static boolean supports(Version version) {
        return version.getMajorVersion() == 2 && version.getMinorVersion() >= MIN_MINOR;
    }
}
