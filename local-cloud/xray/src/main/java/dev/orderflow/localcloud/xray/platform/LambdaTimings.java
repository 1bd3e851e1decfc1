package dev.orderflow.localcloud.xray.platform;

import java.time.Instant;

/**
 * When an invocation went through Lambda: the service segment spans {@code serviceStart} to
 * {@code serviceEnd}; the function segment holds {@code Initialization} (cold start only),
 * {@code Invocation} (event handed to the runtime until its response) and {@code Overhead}
 * (response until the runtime asks for the next event).
 */
public record LambdaTimings(Instant serviceStart, Instant initStart, Instant initEnd, Instant invocationStart,
                            Instant invocationEnd, Instant overheadEnd, Instant serviceEnd) {

    public LambdaTimings {
        Documents.required(serviceStart, "serviceStart");
        Documents.required(invocationStart, "invocationStart");
        Documents.required(invocationEnd, "invocationEnd");
        Documents.required(serviceEnd, "serviceEnd");
        if ((initStart == null) != (initEnd == null)) {
            throw new IllegalStateException("initStart and initEnd come together (a cold start) or not at all");
        }
        overheadEnd = overheadEnd == null ? invocationEnd : overheadEnd;
        if (initStart != null) {
            Documents.order(initStart, initEnd, "initStart", "initEnd");
        }
        Documents.order(invocationStart, invocationEnd, "invocationStart", "invocationEnd");
        Documents.order(invocationEnd, overheadEnd, "invocationEnd", "overheadEnd");
        Documents.order(serviceStart, serviceEnd, "serviceStart", "serviceEnd");
    }

    /** A warm invocation. */
    public static LambdaTimings warm(Instant serviceStart, Instant invocationStart, Instant invocationEnd,
                                     Instant overheadEnd, Instant serviceEnd) {
        return new LambdaTimings(serviceStart, null, null, invocationStart, invocationEnd, overheadEnd, serviceEnd);
    }

    public boolean coldStart() {
        return initStart != null;
    }

    /** The function segment starts with Initialization on a cold start, with Invocation otherwise. */
    Instant functionStart() {
        return initStart != null ? initStart : invocationStart;
    }
}
