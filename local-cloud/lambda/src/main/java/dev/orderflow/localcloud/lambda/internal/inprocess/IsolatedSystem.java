package dev.orderflow.localcloud.lambda.internal.inprocess;

import java.io.PrintStream;
import java.util.Map;

/**
 * What {@code java.lang.System} is for code in one in-process environment. Each isolated class
 * loader defines its own copy of this class, and calls to System's environment, trace-header
 * property, standard streams and exit are rewritten to it, so that every environment has its own
 * environment variables, trace header and output, as a process of its own would.
 */
public final class IsolatedSystem {

    static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

    public static volatile Map<String, String> environment = Map.of();
    public static volatile PrintStream out = System.out;
    public static volatile PrintStream err = System.err;
    public static volatile String traceHeader;
    public static volatile int exitStatus = -1;

    private IsolatedSystem() {
    }

    public static String getenv(String name) {
        return environment.get(name);
    }

    public static Map<String, String> getenv() {
        return environment;
    }

    public static String getProperty(String key) {
        return TRACE_PROPERTY.equals(key) ? traceHeader : System.getProperty(key);
    }

    public static String getProperty(String key, String fallback) {
        String value = getProperty(key);
        return value == null ? fallback : value;
    }

    public static String setProperty(String key, String value) {
        if (TRACE_PROPERTY.equals(key)) {
            String old = traceHeader;
            traceHeader = value;
            return old;
        }
        return System.setProperty(key, value);
    }

    public static String clearProperty(String key) {
        if (TRACE_PROPERTY.equals(key)) {
            String old = traceHeader;
            traceHeader = null;
            return old;
        }
        return System.clearProperty(key);
    }

    public static PrintStream out() {
        return out;
    }

    public static PrintStream err() {
        return err;
    }

    /** The function asked the JVM to exit: the environment ends, as its process would. */
    public static void exit(int status) {
        exitStatus = status;
        throw new IllegalStateException("System.exit(" + status + ") ends this execution environment");
    }
}
