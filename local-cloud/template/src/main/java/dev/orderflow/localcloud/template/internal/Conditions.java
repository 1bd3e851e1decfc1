package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/** The template's {@code Conditions}, each evaluated once, on demand. */
final class Conditions {

    private final Map<String, Object> definitions;
    private final BiFunction<Object, String, Object> resolver;
    private final Map<String, Boolean> values = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    Conditions(Map<String, Object> definitions, BiFunction<Object, String, Object> resolver) {
        this.definitions = definitions;
        this.resolver = resolver;
    }

    boolean isTrue(String name, String path) {
        Boolean known = values.get(name);
        if (known != null) {
            return known;
        }
        if (!definitions.containsKey(name)) {
            throw new TemplateException(path + ": unknown condition '" + name + "'");
        }
        if (!evaluating.add(name)) {
            throw new TemplateException("Conditions." + name + " depends on itself");
        }
        boolean value = evaluate(definitions.get(name), "Conditions." + name);
        evaluating.remove(name);
        values.put(name, value);
        return value;
    }

    boolean evaluate(Object node, String path) {
        if (!Intrinsics.isIntrinsic(node)) {
            throw new TemplateException(path + ": expected a condition function");
        }
        String name = Intrinsics.name(node);
        Object argument = Intrinsics.argument(node);
        switch (name) {
            case "Condition":
                return isTrue(String.valueOf(argument), path);
            case "Fn::Equals": {
                List<Object> args = Yaml.list(argument);
                if (args == null || args.size() != 2) {
                    throw new TemplateException(path + ": Fn::Equals expects two values");
                }
                Object left = resolver.apply(args.get(0), path);
                Object right = resolver.apply(args.get(1), path);
                return Objects.equals(String.valueOf(left), String.valueOf(right));
            }
            case "Fn::Not":
                return !evaluate(operands(argument, path).get(0), path);
            case "Fn::And":
                return operands(argument, path).stream().allMatch(operand -> evaluate(operand, path));
            case "Fn::Or":
                return operands(argument, path).stream().anyMatch(operand -> evaluate(operand, path));
            default:
                throw new TemplateException(path + ": " + name + " is not a condition function");
        }
    }

    private static List<Object> operands(Object argument, String path) {
        List<Object> list = Yaml.list(argument);
        if (list == null || list.isEmpty()) {
            throw new TemplateException(path + ": expected a list of conditions");
        }
        return list;
    }
}
