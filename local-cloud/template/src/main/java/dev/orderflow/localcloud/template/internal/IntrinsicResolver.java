package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves CloudFormation intrinsic functions to local values: parameters, pseudo parameters,
 * resource names and attributes, conditions and the string functions. {@code AWS::NoValue}
 * removes the key or list entry that holds it, as CloudFormation does.
 */
public final class IntrinsicResolver {

    /** The value of {@code !Ref AWS::NoValue}: the holder drops it. */
    static final Object NO_VALUE = new Object();

    private final TemplateSettings settings;
    private final Map<String, Object> parameters;
    private final Map<String, Object> mappings;
    private final Conditions conditions;
    private final ResourceNames names;

    public IntrinsicResolver(TemplateSettings settings, Map<String, Object> parameters, Map<String, Object> mappings,
            Map<String, Object> conditionDefinitions, Map<String, Map<String, Object>> resources) {
        this.settings = settings;
        this.parameters = parameters;
        this.mappings = mappings;
        this.names = new ResourceNames(settings, resources, this::resolve);
        this.conditions = new Conditions(conditionDefinitions, this::resolve);
    }

    public boolean condition(String name, String path) {
        return conditions.isTrue(name, path);
    }

    public String physicalName(String logicalId) {
        return names.physicalName(logicalId);
    }

    public String ref(String logicalId) {
        return names.ref(logicalId);
    }

    public String attribute(String logicalId, String attribute) {
        return names.attribute(logicalId, attribute);
    }

    public static boolean isNoValue(Object value) {
        return value == NO_VALUE;
    }

    /** Resolves every intrinsic function in a node; {@code path} names the node in error messages. */
    public Object resolve(Object node, String path) {
        if (Intrinsics.isIntrinsic(node) && !"Condition".equals(Intrinsics.name(node))) {
            return function(Intrinsics.name(node), Intrinsics.argument(node), path);
        }
        Map<String, Object> map = Yaml.map(node);
        if (map != null) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                Object result = resolve(value, path + "." + key);
                if (result != NO_VALUE) {
                    resolved.put(key, result);
                }
            });
            return resolved;
        }
        List<Object> list = Yaml.list(node);
        if (list != null) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object result = resolve(list.get(i), path + "[" + i + "]");
                if (result != NO_VALUE) {
                    resolved.add(result);
                }
            }
            return resolved;
        }
        return node;
    }

    private Object function(String name, Object argument, String path) {
        String at = path + ": " + name;
        switch (name) {
            case "Ref": return ref(text(resolve(argument, path), at), at);
            case "Fn::GetAtt": return getAtt(argument, at, path);
            case "Fn::Sub": return new Substitution(this::subVariable).apply(argument, at, path, this::resolve);
            case "Fn::Join": return join(args(argument, 2, at, path), at);
            case "Fn::Select": return select(args(argument, 2, at, path), at);
            case "Fn::Split": return split(args(argument, 2, at, path), at);
            case "Fn::FindInMap": return findInMap(args(argument, 3, at, path), at);
            case "Fn::If": return ifFunction(argument, at, path);
            case "Fn::Base64":
                return Base64.getEncoder().encodeToString(text(resolve(argument, path), at).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs": return List.of(settings.region() + "a", settings.region() + "b", settings.region() + "c");
            case "Fn::Equals": case "Fn::And": case "Fn::Or": case "Fn::Not":
                return conditions.evaluate(Map.of(name, argument), path);
            default:
                throw new TemplateException(at + " is not supported by the local cloud");
        }
    }

    private Object ref(String target, String at) {
        Object pseudo = pseudoParameter(target);
        if (pseudo != null) {
            return pseudo;
        }
        if (parameters.containsKey(target)) {
            return parameters.get(target);
        }
        if (names.exists(target)) {
            return names.ref(target);
        }
        throw new TemplateException(at + " refers to '" + target + "', which is neither a parameter nor a resource");
    }

    private Object pseudoParameter(String name) {
        switch (name) {
            case "AWS::Region": return settings.region();
            case "AWS::AccountId": return settings.accountId();
            case "AWS::StackName": return settings.stackName();
            case "AWS::StackId":
                return "arn:aws:cloudformation:" + settings.region() + ":" + settings.accountId() + ":stack/"
                        + settings.stackName() + "/00000000-0000-0000-0000-000000000000";
            case "AWS::Partition": return "aws";
            case "AWS::URLSuffix": return "amazonaws.com";
            case "AWS::NotificationARNs": return List.of();
            case "AWS::NoValue": return NO_VALUE;
            default: return null;
        }
    }

    private Object getAtt(Object argument, String at, String path) {
        List<Object> parts = Yaml.list(resolve(argument, path));
        if (parts == null || parts.size() != 2) {
            throw new TemplateException(at + " expects [LogicalId, Attribute]");
        }
        String logicalId = text(parts.get(0), at);
        if (!names.exists(logicalId)) {
            throw new TemplateException(at + " refers to unknown resource '" + logicalId + "'");
        }
        return names.attribute(logicalId, text(parts.get(1), at));
    }

    /** A {@code ${Name}} or {@code ${Resource.Attribute}} inside {@code !Sub}. */
    private Object subVariable(String name, String at) {
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::") && names.exists(name.substring(0, dot))) {
            return names.attribute(name.substring(0, dot), name.substring(dot + 1));
        }
        return ref(name, at);
    }

    private Object join(List<Object> args, String at) {
        List<Object> items = Yaml.list(args.get(1));
        if (items == null) {
            throw new TemplateException(at + " expects a list to join");
        }
        String delimiter = text(args.get(0), at);
        return items.stream().map(item -> text(item, at)).collect(Collectors.joining(delimiter));
    }

    private Object select(List<Object> args, String at) {
        List<Object> items = Yaml.list(args.get(1));
        int index;
        try {
            index = Integer.parseInt(text(args.get(0), at));
        } catch (NumberFormatException e) {
            throw new TemplateException(at + " expects a numeric index, got " + args.get(0));
        }
        if (items == null || index < 0 || index >= items.size()) {
            throw new TemplateException(at + " index " + index + " is outside the list");
        }
        return items.get(index);
    }

    private Object split(List<Object> args, String at) {
        String delimiter = text(args.get(0), at);
        return List.of((Object[]) text(args.get(1), at).split(Pattern.quote(delimiter), -1));
    }

    private Object findInMap(List<Object> args, String at) {
        Map<String, Object> map = Yaml.map(mappings.get(text(args.get(0), at)));
        Map<String, Object> top = map == null ? null : Yaml.map(map.get(text(args.get(1), at)));
        Object value = top == null ? null : top.get(text(args.get(2), at));
        if (value == null) {
            throw new TemplateException(at + " finds nothing at " + args);
        }
        return value;
    }

    private Object ifFunction(Object argument, String at, String path) {
        List<Object> args = Yaml.list(argument);
        if (args == null || args.size() != 3) {
            throw new TemplateException(at + " expects [Condition, ValueIfTrue, ValueIfFalse]");
        }
        boolean holds = conditions.isTrue(text(args.get(0), at), path);
        return resolve(args.get(holds ? 1 : 2), path);
    }

    private List<Object> args(Object argument, int count, String at, String path) {
        List<Object> args = Yaml.list(argument);
        if (args == null || args.size() != count) {
            throw new TemplateException(at + " expects a list of " + count + " arguments");
        }
        List<Object> resolved = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            resolved.add(resolve(args.get(i), path + "[" + i + "]"));
        }
        return resolved;
    }

    static String text(Object value, String at) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new TemplateException(at + " expects a string, got " + (value == null ? "nothing" : value));
    }
}
