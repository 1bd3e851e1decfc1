package dev.orderflow.localcloud.lambda;

/** How an execution environment is isolated. */
public enum Isolation {
    /** A child JVM running the real Lambda runtime interface client against a local Runtime API. */
    PROCESS,
    /** An isolated class loader in the local cloud's JVM: faster, and breakpoints work in an IDE. */
    IN_PROCESS
}
