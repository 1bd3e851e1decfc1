package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** A {@link RequestStreamHandler}: bytes in, bytes out, nothing to serialise. */
final class StreamHandlerInvoker implements OriginalHandler {
    private final RequestStreamHandler handler;

    StreamHandlerInvoker(RequestStreamHandler handler) {
        this.handler = handler;
    }

    @Override
    public String methodName() {
        return "handleRequest";
    }

    @Override
    public byte[] invoke(byte[] event, Context context) throws Throwable {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.toByteArray();
    }
}
