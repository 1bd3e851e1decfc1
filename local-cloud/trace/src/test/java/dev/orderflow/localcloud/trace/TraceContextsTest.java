package dev.orderflow.localcloud.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceContextsTest {

    private static final Sampler.SamplingRequest REQUEST =
            new Sampler.SamplingRequest("api/Prod", "AWS::ApiGateway::Stage", "localhost", "GET", "/orders");

    @Test
    void shouldContinueAnIncomingTraceAndDecideOpenSampling() {
        TraceContexts contexts = new TraceContexts(request -> false);

        TraceHeader header = contexts.startOrContinue("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=?", REQUEST);

        assertThat(header.root()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(header.sampling()).isEqualTo(TraceHeader.Sampling.NOT_SAMPLED);
    }

    @Test
    void shouldKeepADecisionTheCallerMade() {
        TraceContexts contexts = new TraceContexts(request -> false);

        TraceHeader header = contexts.startOrContinue("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", REQUEST);

        assertThat(header.isSampled()).isTrue();
    }

    @Test
    void shouldStartASampledTraceWhenNoneComesIn() {
        TraceHeader header = new TraceContexts(Sampler.always()).startOrContinue("garbage", REQUEST);

        assertThat(header.isSampled()).isTrue();
        assertThat(header.parent()).isEmpty();
    }
}
