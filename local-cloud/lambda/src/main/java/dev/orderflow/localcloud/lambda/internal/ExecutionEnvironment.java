package dev.orderflow.localcloud.lambda.internal;

import java.time.Duration;
import java.util.OptionalLong;

/** One execution environment: initialised once, then one invocation at a time until destroyed. */
public interface ExecutionEnvironment {

    /** Waits for the runtime to finish init (handler class loaded, static and constructor code run). */
    InitOutcome awaitInit(Duration limit);

    /** Runs one invocation; on a timeout the environment kills itself and says so. */
    EnvironmentOutcome invoke(InvocationTask task);

    /** Returns once the output the function wrote during the invocation has reached the log. */
    default void settleOutput() {
    }

    /** False once the environment crashed, timed out or exited: it is destroyed, never reused. */
    boolean reusable();

    /** Peak resident memory, when the isolation can measure it. */
    default OptionalLong maxMemoryUsedMb() {
        return OptionalLong.empty();
    }

    void destroy();
}
