package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A handler taking a typed event and returning a typed result ({@code RequestHandler<I, O>} or a
 * method handler): deserialises the event and serialises the result as the Java runtime does,
 * with the runtime's own error messages when either fails.
 */
final class PojoHandlerInvoker implements OriginalHandler {
    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** Calls the user's code with the deserialised input (null when it takes none). */
    interface Call {
        Object apply(Object input, Context context) throws Throwable;
    }

    private final String methodName;
    private final Call call;
    private final Type inputType;
    private final Type outputType;
    private final RuntimeSerializers serializers;

    PojoHandlerInvoker(String methodName, Call call, Type inputType, Type outputType, RuntimeSerializers serializers) {
        this.methodName = methodName;
        this.call = call;
        this.inputType = inputType;
        this.outputType = isVoid(outputType) ? null : outputType;
        this.serializers = serializers;
        // The runtime builds both serializers at init; so do we, to keep that cost out of the first call.
        if (inputType != null) {
            serializers.forType(inputType, null);
        }
        if (this.outputType != null) {
            serializers.forType(this.outputType, null);
        }
    }

    @Override
    public String methodName() {
        return methodName;
    }

    @Override
    public byte[] invoke(byte[] event, Context context) throws Throwable {
        Object input = null;
        if (inputType != null) {
            try {
                input = serializers.forType(inputType, context).fromJson(new ByteArrayInputStream(event));
            } catch (Throwable t) {
                throw new RuntimeException("An error occurred during JSON parsing", t);
            }
        }
        Object output = call.apply(input, context);
        if (outputType == null) {
            return JSON_NULL;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            PojoSerializer<Object> serializer = serializers.forType(outputType, context);
            serializer.toJson(output, out);
            return out.toByteArray();
        } catch (Throwable t) {
            throw new RuntimeException("An error occurred during JSON serialization of response", t);
        }
    }

    private static boolean isVoid(Type type) {
        return type == null || Void.TYPE.equals(type) || Void.class.equals(type);
    }
}
