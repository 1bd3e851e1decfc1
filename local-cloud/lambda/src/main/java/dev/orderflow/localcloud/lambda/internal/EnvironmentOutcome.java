package dev.orderflow.localcloud.lambda.internal;

/**
 * How an invocation ended inside an environment.
 *
 * @param payload the response, or the error document
 * @param errorType the error's type, or null on success
 * @param xrayErrorCause the runtime's X-Ray error cause (a JSON document), or null
 * @param startedAt when the runtime received the event (epoch ms)
 * @param endedAt when the response or error came back (epoch ms)
 */
public record EnvironmentOutcome(Kind kind, byte[] payload, String errorType, String xrayErrorCause, long startedAt,
        long endedAt) {

    public enum Kind {
        SUCCESS, ERROR, TIMEOUT, EXITED
    }

    public boolean keepsEnvironment() {
        return kind == Kind.SUCCESS || kind == Kind.ERROR;
    }
}
