package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code Class::method} handlers with the signatures the Java runtime accepts: the event as a
 * stream or a typed value, optionally an output stream, optionally a {@link Context} last.
 * Overloads are ranked as the runtime ranks them: non-bridge first, then the longest signature,
 * a trailing {@code Context} counting one extra.
 */
final class MethodHandlers {
    private MethodHandlers() {
    }

    static OriginalHandler load(Class<?> type, String name, RuntimeSerializers serializers) throws Throwable {
        List<Method> candidates = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                candidates.add(m);
            }
        }
        candidates.sort(Comparator.comparing((Method m) -> m.isBridge()).thenComparing(m -> -weight(m)));
        for (Method m : candidates) {
            OriginalHandler handler = fromMethod(type, m, serializers);
            if (handler != null) {
                return handler;
            }
        }
        throw new IllegalArgumentException("No public method named " + name
                + " with appropriate method signature found on class " + type.getName());
    }

    private static int weight(Method m) {
        Class<?>[] p = m.getParameterTypes();
        return p.length + (p.length > 0 && p[p.length - 1] == Context.class ? 1 : 0);
    }

    private static OriginalHandler fromMethod(Class<?> type, Method m, RuntimeSerializers serializers)
            throws Throwable {
        Class<?>[] p = m.getParameterTypes();
        Type[] generic = m.getGenericParameterTypes();
        boolean endsWithContext = p.length > 0 && p[p.length - 1] == Context.class;
        int streams = streamParameters(p, endsWithContext);
        if (streams < 0 || p.length > 3) {
            return null;
        }
        Object instance = Modifier.isStatic(m.getModifiers()) ? null : OriginalHandlers.newInstance(type);
        if (streams > 0) {
            return new StreamMethod(m, instance);
        }
        int valueParams = p.length - (endsWithContext ? 1 : 0);
        if (valueParams > 1) {
            return null;
        }
        Type input = valueParams == 1 ? generic[0] : null;
        PojoHandlerInvoker.Call call = (in, ctx) -> invoke(m, instance, arguments(input != null, endsWithContext, in, ctx));
        return new PojoHandlerInvoker(m.getName(), call, input, m.getGenericReturnType(), serializers);
    }

    /** 1 when the signature uses streams, 0 for a value signature, -1 when the runtime would skip it. */
    private static int streamParameters(Class<?>[] p, boolean endsWithContext) {
        int n = endsWithContext ? p.length - 1 : p.length;
        boolean in = n >= 1 && p[0] == InputStream.class;
        boolean out = (n >= 1 && p[0] == OutputStream.class) || (n == 2 && p[1] == OutputStream.class);
        if (n == 2 && !(in && p[1] == OutputStream.class)) {
            return -1;
        }
        if (p.length == 3 && !(in && out && endsWithContext)) {
            return -1;
        }
        if (n == 1 && p[0] == Context.class) {
            return -1;
        }
        return in || out ? 1 : 0;
    }

    private static Object[] arguments(boolean hasInput, boolean hasContext, Object input, Context context) {
        List<Object> args = new ArrayList<>(2);
        if (hasInput) {
            args.add(input);
        }
        if (hasContext) {
            args.add(context);
        }
        return args.toArray();
    }

    static Object invoke(Method m, Object instance, Object[] args) throws Throwable {
        try {
            return m.invoke(instance, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }

    /** A method taking an InputStream and/or OutputStream (and maybe a Context). */
    private static final class StreamMethod implements OriginalHandler {
        private final Method method;
        private final Object instance;

        StreamMethod(Method method, Object instance) {
            this.method = method;
            this.instance = instance;
        }

        @Override
        public String methodName() {
            return method.getName();
        }

        @Override
        public byte[] invoke(byte[] event, Context context) throws Throwable {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            Class<?>[] p = method.getParameterTypes();
            Object[] args = new Object[p.length];
            for (int i = 0; i < p.length; i++) {
                args[i] = p[i] == InputStream.class ? new ByteArrayInputStream(event)
                        : p[i] == OutputStream.class ? out : context;
            }
            MethodHandlers.invoke(method, instance, args);
            return out.toByteArray();
        }
    }
}
