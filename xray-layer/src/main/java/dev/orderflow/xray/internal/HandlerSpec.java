package dev.orderflow.xray.internal;

/** A Lambda handler string, {@code package.Class} or {@code package.Class::method}, as the runtime reads it. */
public final class HandlerSpec {
    private final String className;
    private final String methodName;

    private HandlerSpec(String className, String methodName) {
        this.className = className;
        this.methodName = methodName;
    }

    public static HandlerSpec parse(String handler) {
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException("Invalid handler: empty");
        }
        String trimmed = handler.trim();
        int separator = trimmed.indexOf("::");
        if (separator < 0) {
            return new HandlerSpec(trimmed, null);
        }
        String cls = trimmed.substring(0, separator);
        String method = trimmed.substring(separator + 2);
        if (cls.isEmpty() || method.isEmpty()) {
            throw new IllegalArgumentException("Invalid handler: `" + handler + "'");
        }
        return new HandlerSpec(cls, method);
    }

    public String className() {
        return className;
    }

    /** The method named after {@code ::}, or null when the class is a handler interface implementation. */
    public String methodName() {
        return methodName;
    }
}
