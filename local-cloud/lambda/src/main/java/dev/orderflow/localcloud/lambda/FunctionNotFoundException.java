package dev.orderflow.localcloud.lambda;

/** No function of that name or ARN: Invoke answers 404 ResourceNotFoundException. */
public final class FunctionNotFoundException extends RuntimeException {

    public FunctionNotFoundException(String nameOrArn) {
        super("Function not found: " + nameOrArn);
    }
}
