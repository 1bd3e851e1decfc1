package dev.orderflow.xray.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the concrete type arguments a class gives a generic interface anywhere in its hierarchy,
 * e.g. {@code I} and {@code O} of {@code RequestHandler<I, O>}, resolving type variables bound
 * by subclasses on the way.
 */
final class TypeArguments {
    private TypeArguments() {
    }

    /** The resolved arguments, or null if {@code type} does not implement {@code iface} generically. */
    static Type[] of(Class<?> type, Class<?> iface) {
        return search(type, iface, Map.of());
    }

    private static Type[] search(Type current, Class<?> iface, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> scope = bindings;
        if (current instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) current;
            raw = (Class<?>) p.getRawType();
            scope = bind(raw, p.getActualTypeArguments(), bindings);
            if (raw.equals(iface)) {
                return resolveAll(p.getActualTypeArguments(), bindings);
            }
        } else if (current instanceof Class) {
            raw = (Class<?>) current;
        } else {
            return null;
        }
        for (Type parent : raw.getGenericInterfaces()) {
            Type[] found = search(parent, iface, scope);
            if (found != null) {
                return found;
            }
        }
        Type superType = raw.getGenericSuperclass();
        return superType == null ? null : search(superType, iface, scope);
    }

    private static Map<TypeVariable<?>, Type> bind(Class<?> raw, Type[] args, Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> scope = new HashMap<>(outer);
        TypeVariable<?>[] vars = raw.getTypeParameters();
        for (int i = 0; i < vars.length && i < args.length; i++) {
            scope.put(vars[i], resolve(args[i], outer));
        }
        return scope;
    }

    private static Type[] resolveAll(Type[] args, Map<TypeVariable<?>, Type> bindings) {
        Type[] out = new Type[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = resolve(args[i], bindings);
        }
        return out;
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> bindings) {
        if (t instanceof TypeVariable) {
            Type bound = bindings.get(t);
            if (bound != null) {
                return bound;
            }
            Type[] upper = ((TypeVariable<?>) t).getBounds();
            return upper.length > 0 && !Object.class.equals(upper[0]) ? upper[0] : t;
        }
        return t;
    }
}
