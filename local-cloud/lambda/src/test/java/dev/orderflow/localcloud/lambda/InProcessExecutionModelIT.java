package dev.orderflow.localcloud.lambda;

/** Isolated class loaders in the test's JVM. */
class InProcessExecutionModelIT extends ExecutionModelContract {

    @Override
    Isolation isolation() {
        return Isolation.IN_PROCESS;
    }
}
