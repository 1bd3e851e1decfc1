package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.lambda.FunctionConfig;

/** Creates execution environments of one isolation. */
@FunctionalInterface
public interface EnvironmentFactory {

    /** Starts an environment; init runs in the background until {@link ExecutionEnvironment#awaitInit}. */
    ExecutionEnvironment create(FunctionConfig function, FunctionFiles files, EnvironmentLog log);
}
