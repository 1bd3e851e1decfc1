package dev.orderflow.localcloud.xray.internal.sampling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rules given as configuration: a list of {@code AWS::XRay::SamplingRule} resources
 * ({@code {"Type":..., "Properties":{...}}}), their properties ({@code {"SamplingRule":{...}}}) or
 * bare rules, checked against the constraints of the X-Ray API. A bad rule is refused with a
 * message naming the rule and the field.
 */
public final class SamplingRuleReader {

    private SamplingRuleReader() {
    }

    public static List<SamplingRule> read(JsonNode config) {
        List<SamplingRule> rules = new ArrayList<>();
        if (config == null || config.isNull()) {
            return rules;
        }
        JsonNode entries = config.isArray() ? config : config.has("Resources") ? resources(config) : wrap(config);
        for (int i = 0; i < entries.size(); i++) {
            rules.add(readEntry(entries.get(i), "rule " + (i + 1)));
        }
        return rules;
    }

    private static JsonNode resources(JsonNode template) {
        var array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        template.path("Resources").forEach(resource -> {
            if ("AWS::XRay::SamplingRule".equals(resource.path("Type").asText())) {
                array.add(resource);
            }
        });
        return array;
    }

    private static JsonNode wrap(JsonNode single) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(single);
    }

    private static SamplingRule readEntry(JsonNode entry, String where) {
        JsonNode properties = entry.has("Properties") ? entry.get("Properties") : entry;
        JsonNode rule = properties.has("SamplingRule") ? properties.get("SamplingRule") : properties;
        if (!rule.isObject()) {
            throw new IllegalArgumentException(where + ": SamplingRule must be an object");
        }
        String name = rule.hasNonNull("RuleName") ? rule.get("RuleName").asText() : properties.path("RuleName").asText("");
        String label = name.isEmpty() ? where : "sampling rule " + name;
        if (name.isEmpty() || name.length() > 32) {
            throw new IllegalArgumentException(label + ": RuleName is required (1 to 32 characters)");
        }
        return new SamplingRule(name,
                text(rule, "ResourceARN", 500, label),
                // The Default rule has priority 10000 and always applies last.
                integer(rule, "Priority", 1, SamplingRule.DEFAULT_NAME.equals(name) ? 10000 : 9999, label),
                rate(rule, label),
                integer(rule, "ReservoirSize", 0, Integer.MAX_VALUE, label),
                text(rule, "ServiceName", 64, label),
                text(rule, "ServiceType", 64, label),
                text(rule, "Host", 64, label),
                text(rule, "HTTPMethod", 10, label),
                text(rule, "URLPath", 128, label),
                integer(rule, "Version", 1, 1, label),
                attributes(rule, label));
    }

    private static String text(JsonNode rule, String field, int maxLength, String label) {
        JsonNode value = rule.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw new IllegalArgumentException(label + ": " + field + " is required");
        }
        if (value.asText().length() > maxLength) {
            throw new IllegalArgumentException(label + ": " + field + " is longer than " + maxLength + " characters");
        }
        return value.asText();
    }

    private static int integer(JsonNode rule, String field, int min, int max, String label) {
        JsonNode value = rule.get(field);
        long parsed;
        try {
            parsed = value == null ? Long.MIN_VALUE : value.isNumber() ? value.asLong() : Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
            parsed = Long.MIN_VALUE;
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(label + ": " + field + " must be an integer from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        }
        return (int) parsed;
    }

    private static double rate(JsonNode rule, String label) {
        JsonNode value = rule.get("FixedRate");
        double parsed;
        try {
            parsed = value == null ? -1 : value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (!(parsed >= 0 && parsed <= 1)) {
            throw new IllegalArgumentException(label + ": FixedRate must be a number from 0 to 1");
        }
        return parsed;
    }

    private static Map<String, String> attributes(JsonNode rule, String label) {
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode node = rule.get("Attributes");
        if (node == null || node.isNull()) {
            return attributes;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(label + ": Attributes must be a map of strings");
        }
        node.properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        return attributes;
    }
}
