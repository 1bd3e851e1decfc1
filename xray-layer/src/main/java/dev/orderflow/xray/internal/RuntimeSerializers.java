package dev.orderflow.xray.internal;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the serializer for a handler's input or output type by the rules of the Lambda Java
 * runtime: a {@link CustomPojoSerializer} the function registers, else the runtime's event
 * serializers for the AWS event classes, else Jackson (Gson for Android clients), all from
 * {@code aws-lambda-java-serialization}, the library the runtime itself uses.
 */
final class RuntimeSerializers {
    private final ClassLoader functionLoader;
    private final CustomPojoSerializer custom;
    private final Map<Type, PojoSerializer<Object>> cache = new ConcurrentHashMap<>();
    private final Map<Type, PojoSerializer<Object>> androidCache = new ConcurrentHashMap<>();

    RuntimeSerializers(ClassLoader functionLoader) {
        this.functionLoader = functionLoader;
        this.custom = loadCustom(functionLoader);
    }

    PojoSerializer<Object> forType(Type type, Context context) {
        if (custom == null && isAndroid(context)) {
            return androidCache.computeIfAbsent(type, t -> GsonFactory.getInstance().getSerializer(t));
        }
        return cache.computeIfAbsent(type, this::create);
    }

    @SuppressWarnings("unchecked")
    private PojoSerializer<Object> create(Type type) {
        if (custom != null) {
            return new CustomAdapter(custom, type);
        }
        if (type instanceof Class && LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) type, functionLoader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    private static CustomPojoSerializer loadCustom(ClassLoader loader) {
        Iterator<CustomPojoSerializer> found = ServiceLoader.load(CustomPojoSerializer.class, loader).iterator();
        if (!found.hasNext()) {
            return null;
        }
        CustomPojoSerializer first = found.next();
        if (found.hasNext()) {
            throw new IllegalStateException(
                    "Too many serializers provided inside the META-INF/services folder, only one is allowed");
        }
        return first;
    }

    private static boolean isAndroid(Context context) {
        ClientContext cc = context == null ? null : context.getClientContext();
        Map<String, String> env = cc == null ? null : cc.getEnvironment();
        return env != null && "Android".equalsIgnoreCase(env.get("platform"));
    }

    private static final class CustomAdapter implements PojoSerializer<Object> {
        private final CustomPojoSerializer serializer;
        private final Type type;

        CustomAdapter(CustomPojoSerializer serializer, Type type) {
            this.serializer = serializer;
            this.type = type;
        }

        @Override
        public Object fromJson(InputStream input) {
            return serializer.fromJson(input, type);
        }

        @Override
        public Object fromJson(String input) {
            return serializer.fromJson(input, type);
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            serializer.toJson(value, output, type);
        }
    }
}
