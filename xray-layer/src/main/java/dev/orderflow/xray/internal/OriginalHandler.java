package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.Context;

/** The function's own handler, invoked with the raw event bytes; returns the raw response bytes. */
public interface OriginalHandler {

    /** The handler method's name, for the {@code ## <method>} subsegment. */
    String methodName();

    /** Runs the handler; whatever it throws is thrown unchanged. */
    byte[] invoke(byte[] event, Context context) throws Throwable;
}
