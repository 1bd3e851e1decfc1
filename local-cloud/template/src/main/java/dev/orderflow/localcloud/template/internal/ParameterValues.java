package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The value of each template parameter: the override if given (checked as CloudFormation checks it), else the default. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Map<String, Object> resolve(Map<String, Object> declared, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!declared.containsKey(name)) {
                throw new TemplateException("parameter override " + name + ": the template declares no such parameter");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        declared.forEach((name, definition) -> values.put(name, value(name, Yaml.map(definition), overrides.get(name))));
        return values;
    }

    private static Object value(String name, Map<String, Object> definition, String override) {
        Map<String, Object> spec = definition == null ? Map.of() : definition;
        Object raw = override != null ? override : spec.get("Default");
        if (raw == null) {
            throw new TemplateException("Parameters." + name + " has no Default; give it with --parameter-overrides "
                    + name + "=<value>");
        }
        String text = raw instanceof List
                ? ((List<?>) raw).stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(raw);
        check(name, spec, text);
        String type = String.valueOf(spec.getOrDefault("Type", "String"));
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(",", -1)).map(String::trim).toList();
        }
        return text;
    }

    private static void check(String name, Map<String, Object> spec, String value) {
        List<Object> allowed = Yaml.list(spec.get("AllowedValues"));
        if (allowed != null && allowed.stream().map(String::valueOf).noneMatch(value::equals)) {
            throw new TemplateException("Parameters." + name + ": '" + value + "' is not one of " + allowed);
        }
        Object pattern = spec.get("AllowedPattern");
        if (pattern != null && !value.matches(String.valueOf(pattern))) {
            throw new TemplateException("Parameters." + name + ": '" + value + "' does not match " + pattern);
        }
        if ("Number".equals(spec.get("Type"))) {
            try {
                Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TemplateException("Parameters." + name + ": '" + value + "' is not a number");
            }
        }
    }
}
