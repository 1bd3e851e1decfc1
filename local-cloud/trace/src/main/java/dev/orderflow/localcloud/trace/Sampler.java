package dev.orderflow.localcloud.trace;

/**
 * Decides whether a request that arrives without a sampling decision is traced. The local X-Ray
 * service plugs its sampling rules in here; until then every request is sampled, so that every
 * local request can be followed.
 */
@FunctionalInterface
public interface Sampler {

    boolean shouldSample(SamplingRequest request);

    static Sampler always() {
        return request -> true;
    }

    /** What X-Ray sampling rules match on. */
    record SamplingRequest(String serviceName, String serviceType, String host, String httpMethod, String urlPath) {
    }
}
