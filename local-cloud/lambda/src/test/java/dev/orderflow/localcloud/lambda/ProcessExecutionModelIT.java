package dev.orderflow.localcloud.lambda;

/** Child JVMs running the real runtime interface client. */
class ProcessExecutionModelIT extends ExecutionModelContract {

    @Override
    Isolation isolation() {
        return Isolation.PROCESS;
    }
}
