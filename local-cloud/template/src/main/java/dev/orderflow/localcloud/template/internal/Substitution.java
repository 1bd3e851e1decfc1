package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** {@code Fn::Sub} in both forms: a string, or [string, {variables}]; {@code ${!Literal}} stays literal. */
final class Substitution {

    private final BiFunction<String, String, Object> lookup;

    Substitution(BiFunction<String, String, Object> lookup) {
        this.lookup = lookup;
    }

    Object apply(Object argument, String at, String path, BiFunction<Object, String, Object> resolver) {
        if (argument instanceof String) {
            return substitute((String) argument, Map.of(), at);
        }
        List<Object> args = Yaml.list(argument);
        Map<String, Object> variables = args != null && args.size() == 2 ? Yaml.map(args.get(1)) : null;
        if (variables == null || !(args.get(0) instanceof String)) {
            throw new TemplateException(at + " expects a string or [string, {variables}]");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) resolver.apply(variables, path + "[1]");
        return substitute((String) args.get(0), resolved, at);
    }

    private String substitute(String template, Map<String, Object> variables, String at) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int start = template.indexOf("${", from);
            if (start < 0) {
                return out.append(template, from, template.length()).toString();
            }
            int end = template.indexOf('}', start);
            if (end < 0) {
                throw new TemplateException(at + " has an unclosed ${ in \"" + template + "\"");
            }
            out.append(template, from, start);
            String name = template.substring(start + 2, end).trim();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                Object value = variables.containsKey(name) ? variables.get(name) : lookup.apply(name, at);
                out.append(IntrinsicResolver.text(value, at + " ${" + name + "}"));
            }
            from = end + 1;
        }
    }
}
