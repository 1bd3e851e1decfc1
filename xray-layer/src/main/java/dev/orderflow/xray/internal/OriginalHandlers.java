package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;

/**
 * Loads the function's own handler the way the Lambda Java runtime does: a class implementing
 * {@link RequestHandler} or {@link RequestStreamHandler}, or {@code Class::method}. Failures are
 * the function's own (class missing, constructor throwing) and propagate unchanged, so that the
 * function fails at init with or without the layer alike.
 */
public final class OriginalHandlers {
    private OriginalHandlers() {
    }

    public static OriginalHandler load(String handler, ClassLoader loader) throws Throwable {
        HandlerSpec spec = HandlerSpec.parse(handler);
        Class<?> type = Class.forName(spec.className(), true, loader);
        RuntimeSerializers serializers = new RuntimeSerializers(loader);
        if (spec.methodName() != null) {
            return MethodHandlers.load(type, spec.methodName(), serializers);
        }
        if (RequestStreamHandler.class.isAssignableFrom(type)) {
            return new StreamHandlerInvoker((RequestStreamHandler) newInstance(type));
        }
        if (RequestHandler.class.isAssignableFrom(type)) {
            return requestHandler(type, serializers);
        }
        throw new IllegalArgumentException(
                "Class does not implement an appropriate handler interface: " + type.getName());
    }

    @SuppressWarnings("unchecked")
    private static OriginalHandler requestHandler(Class<?> type, RuntimeSerializers serializers) throws Throwable {
        Type[] io = TypeArguments.of(type, RequestHandler.class);
        if (io == null || io.length != 2) {
            throw new IllegalArgumentException("Class " + type.getName()
                    + " does not implement RequestHandler with concrete type parameters");
        }
        RequestHandler<Object, Object> instance = (RequestHandler<Object, Object>) newInstance(type);
        return new PojoHandlerInvoker("handleRequest", instance::handleRequest, io[0], io[1], serializers);
    }

    static Object newInstance(Class<?> type) throws Throwable {
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Class " + type.getName() + " has no public zero-argument constructor", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }
}
