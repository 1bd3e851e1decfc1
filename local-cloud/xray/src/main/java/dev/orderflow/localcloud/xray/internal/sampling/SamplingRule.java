package dev.orderflow.localcloud.xray.internal.sampling;

import java.util.Map;

/** One sampling rule, with the fields and constraints of X-Ray's {@code SamplingRule} shape. */
public record SamplingRule(
        String ruleName,
        String resourceArn,
        int priority,
        double fixedRate,
        int reservoirSize,
        String serviceName,
        String serviceType,
        String host,
        String httpMethod,
        String urlPath,
        int version,
        Map<String, String> attributes) {

    public static final String DEFAULT_NAME = "Default";

    /** X-Ray's default rule: one request a second, then 5 percent. */
    public static SamplingRule defaultRule() {
        return new SamplingRule(DEFAULT_NAME, "*", 10000, 0.05, 1, "*", "*", "*", "*", "*", 1, Map.of());
    }

    public SamplingRule {
        attributes = Map.copyOf(attributes);
    }

    public boolean matches(SamplingTarget target) {
        return Glob.matches(serviceName, target.serviceName())
                && Glob.matches(serviceType, target.serviceType())
                && Glob.matches(host, target.host())
                && Glob.matches(httpMethod, target.httpMethod())
                && Glob.matches(urlPath, target.urlPath())
                && Glob.matches(resourceArn, target.resourceArn())
                && attributesMatch(target.attributes());
    }

    private boolean attributesMatch(Map<String, String> requestAttributes) {
        for (Map.Entry<String, String> wanted : attributes.entrySet()) {
            if (!Glob.matches(wanted.getValue(), requestAttributes.get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** What a request offers to the rules; null fields only match {@code *}. */
    public record SamplingTarget(String serviceName, String serviceType, String host, String httpMethod,
                                 String urlPath, String resourceArn, Map<String, String> attributes) {
    }
}
