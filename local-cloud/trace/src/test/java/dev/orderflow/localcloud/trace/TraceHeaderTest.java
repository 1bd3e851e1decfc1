package dev.orderflow.localcloud.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TraceHeaderTest {

    @Test
    void shouldRoundTripAHeaderKeepingUnknownKeys() {
        String value = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:1";

        TraceHeader header = TraceHeader.parse(value).orElseThrow();

        assertThat(header.root()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(header.parent()).contains("53995c3f42cd8ad8");
        assertThat(header.isSampled()).isTrue();
        assertThat(header.toString()).isEqualTo(value);
    }

    @Test
    void shouldRejectAHeaderWithoutAValidRoot() {
        assertThat(TraceHeader.parse("Parent=53995c3f42cd8ad8;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse("Root=2-123;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse(null)).isEmpty();
    }

    @Test
    void shouldDropAMalformedParent() {
        TraceHeader header = TraceHeader.parse("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=xyz").orElseThrow();

        assertThat(header.parent()).isEmpty();
        assertThat(header.sampling()).isEqualTo(TraceHeader.Sampling.UNDECIDED_ABSENT);
    }

    @Test
    void shouldStartANewSampledTraceWithValidIds() {
        TraceHeader header = TraceHeader.newTrace(true).withParent(TraceIds.newSegmentId());

        assertThat(header.toString()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1");
        assertThat(TraceHeader.parse(header.toString())).contains(header);
    }

    @Test
    void shouldRefuseAnInvalidParentId() {
        assertThatThrownBy(() -> TraceHeader.newTrace(true).withParent("nope"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
