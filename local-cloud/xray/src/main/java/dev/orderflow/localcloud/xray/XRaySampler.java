package dev.orderflow.localcloud.xray;

/**
 * The sampling decision for a request that arrives without one (no header, or {@code Sampled=?}),
 * made with the sampling rules in force as the X-Ray SDKs make it: the first matching rule by
 * priority, its reservoir per second, then its fixed rate.
 */
@FunctionalInterface
public interface XRaySampler {

    SamplingDecision decide(SamplingRequest request);

    /** What rules match on; any field may be null (it then matches only {@code *}). */
    record SamplingRequest(String serviceName, String serviceType, String host, String httpMethod,
                           String urlPath, String resourceArn) {
    }

    /** Whether to trace, and the rule that decided ({@code aws.xray.sampling_rule_name}). */
    record SamplingDecision(boolean sampled, String ruleName) {
    }
}
