package dev.orderflow.localcloud.trace;

import dev.orderflow.localcloud.trace.TraceHeader.Sampling;

/** Starts or continues a trace at the edge of an emulated service, as API Gateway and Lambda do. */
public final class TraceContexts {

    private final Sampler sampler;

    public TraceContexts(Sampler sampler) {
        this.sampler = sampler;
    }

    /**
     * Continues the trace of an incoming header when it has a valid Root, making the sampling
     * decision if the caller left it open; otherwise starts a new trace.
     */
    public TraceHeader startOrContinue(String incomingHeader, Sampler.SamplingRequest request) {
        return TraceHeader.parse(incomingHeader)
                .map(header -> header.sampling().isDecided() ? header : header.withSampling(decide(request)))
                .orElseGet(() -> TraceHeader.newTrace(sampler.shouldSample(request)));
    }

    private Sampling decide(Sampler.SamplingRequest request) {
        return sampler.shouldSample(request) ? Sampling.SAMPLED : Sampling.NOT_SAMPLED;
    }
}
