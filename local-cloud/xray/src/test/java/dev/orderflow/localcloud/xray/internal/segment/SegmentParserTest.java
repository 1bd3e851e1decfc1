package dev.orderflow.localcloud.xray.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.TestDocs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SegmentParserTest {

    private final SegmentParser parser = new SegmentParser(Duration.ofDays(30));
    private final long now = System.currentTimeMillis();

    private ParsedSegment parse(ObjectNode json) throws InvalidSegmentException {
        return parser.parse(TestDocs.bytes(json), now);
    }

    private InvalidSegmentException refusal(String text) {
        try {
            parser.parse(text.getBytes(StandardCharsets.UTF_8), now);
        } catch (InvalidSegmentException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void shouldReadTheFactsOfASegment() throws Exception {
        double t = TestDocs.now();
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), "0123456789abcdef", "orders", t, t + 0.25);
        doc.put("origin", "AWS::Lambda").put("fault", true).put("user", "alice");
        doc.putObject("http").putObject("response").put("status", 502);
        doc.putObject("annotations").put("order_id", "o-1").put("amount", 12.5).put("vip", true);
        ParsedSegment segment = parse(doc);
        assertThat(segment.id()).isEqualTo("0123456789abcdef");
        assertThat(segment.origin()).isEqualTo("AWS::Lambda");
        assertThat(segment.duration()).isEqualTo(0.25, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(segment.outcome().fault()).isTrue();
        assertThat(segment.http().status()).isEqualTo(502);
        assertThat(segment.user()).isEqualTo("alice");
        assertThat(segment.annotations()).extracting(Annotation::key).containsExactly("order_id", "amount", "vip");
        assertThat(segment.isIndependentSubsegment()).isFalse();
    }

    @Test
    void shouldCollectNestedCallsIdsAndThrottles() throws Exception {
        double t = TestDocs.now();
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "orders", t, t + 1);
        ObjectNode invocation = doc.putArray("subsegments").addObject()
                .put("id", "1111111111111111").put("name", "Invocation").put("start_time", t).put("end_time", t + 1);
        ObjectNode call = TestDocs.dynamoCall("2222222222222222", "Orders", "PutItem", t, t + 0.1);
        call.put("throttle", true);
        invocation.putArray("subsegments").add(call);
        ParsedSegment segment = parse(doc);
        assertThat(segment.nestedIds()).containsExactly("1111111111111111", "2222222222222222");
        assertThat(segment.calls()).singleElement().satisfies(c -> {
            assertThat(c.tableName()).isEqualTo("Orders");
            assertThat(c.operation()).isEqualTo("PutItem");
            assertThat(c.isAws()).isTrue();
        });
        assertThat(segment.anyThrottle()).isTrue();
    }

    @Test
    void shouldAcceptAnIndependentSubsegmentAsACall() throws Exception {
        double t = TestDocs.now();
        ObjectNode doc = TestDocs.dynamoCall(TestDocs.id(), "Orders", "GetItem", t, t + 0.01);
        doc.put("trace_id", TestDocs.traceId()).put("type", "subsegment").put("parent_id", "abcdefabcdefabcd");
        ParsedSegment segment = parse(doc);
        assertThat(segment.isIndependentSubsegment()).isTrue();
        assertThat(segment.parentId()).isEqualTo("abcdefabcdefabcd");
        assertThat(segment.calls()).hasSize(1);
    }

    @Test
    void shouldAcceptAnInProgressSegment() throws Exception {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "orders", TestDocs.now(), 0);
        doc.remove("end_time");
        doc.put("in_progress", true);
        assertThat(parse(doc).inProgress()).isTrue();
    }

    @Test
    void shouldRefuseWhatPutTraceSegmentsRefuses() {
        String trace = TestDocs.traceId();
        double t = TestDocs.now();
        assertThat(refusal("not json at all").code()).isEqualTo("InvalidJson");
        assertThat(refusal("{\"name\":\"x\",").code()).isEqualTo("InvalidJson");
        assertThat(refusal("[1,2]").getMessage()).contains("JSON object");
        assertThat(refusal("{\"trace_id\":\"" + trace + "\",\"name\":\"x\",\"start_time\":" + t + ",\"end_time\":" + t + "}")
                .getMessage()).contains("id is required");
        assertThat(refusal("{\"id\":\"xyz\",\"trace_id\":\"" + trace + "\",\"name\":\"x\",\"start_time\":1,\"end_time\":2}")
                .getMessage()).contains("'xyz' is not 16 hexadecimal digits");
        assertThat(refusal("{\"id\":\"0123456789abcdef\",\"trace_id\":\"1-abc\",\"name\":\"x\",\"start_time\":1,\"end_time\":2}")
                .code()).isEqualTo("InvalidTraceId");
        assertThat(refusal("{\"id\":\"0123456789abcdef\",\"trace_id\":\"" + trace + "\",\"start_time\":1,\"end_time\":2}")
                .getMessage()).contains("name is required");
        assertThat(refusal("{\"id\":\"0123456789abcdef\",\"trace_id\":\"" + trace + "\",\"name\":\"x\",\"start_time\":" + t + "}")
                .getMessage()).contains("end_time is required unless in_progress");
        assertThat(refusal("{\"id\":\"0123456789abcdef\",\"trace_id\":\"" + trace + "\",\"name\":\"x\",\"start_time\":" + t
                + ",\"end_time\":" + (t - 1) + "}").getMessage()).contains("end_time is before start_time");
    }

    @Test
    void shouldNameTheFieldOfABadNestedSubsegment() {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "orders", TestDocs.now(), TestDocs.now());
        doc.putArray("subsegments").addObject().put("id", "1111111111111111").put("start_time", 1).put("end_time", 2);
        assertThatThrownBy(() -> parse(doc)).hasMessage("subsegments[0].name is required (a non-empty string)");
    }

    @Test
    void shouldRefuseASubsegmentWithoutParent() {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "x", TestDocs.now(), TestDocs.now());
        doc.put("type", "subsegment");
        assertThatThrownBy(() -> parse(doc)).hasMessageContaining("parent_id is required");
    }

    @Test
    void shouldRefuseTracesOlderThanTheRetention() {
        long old = now / 1000 - Duration.ofDays(31).toSeconds();
        String trace = String.format("1-%08x-%024x", old, 42);
        ObjectNode doc = TestDocs.segment(trace, TestDocs.id(), "x", old, old + 1);
        assertThatThrownBy(() -> parse(doc)).isInstanceOfSatisfying(InvalidSegmentException.class,
                e -> assertThat(e.code()).isEqualTo("TraceTooOld"));
    }

    @Test
    void shouldRefuseDocumentsOver64KiB() {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "x", TestDocs.now(), TestDocs.now());
        doc.putObject("metadata").put("blob", "a".repeat(SegmentParser.MAX_DOCUMENT_BYTES));
        assertThatThrownBy(() -> parse(doc)).isInstanceOfSatisfying(InvalidSegmentException.class,
                e -> assertThat(e.code()).isEqualTo("DocumentTooLarge"));
    }

    @Test
    void shouldRefuseAnnotationsThatAreNotScalars() {
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "x", TestDocs.now(), TestDocs.now());
        doc.putObject("annotations").putObject("nested").put("a", 1);
        assertThatThrownBy(() -> parse(doc)).hasMessage("annotations.nested must be a string, number or boolean");
    }

    @Test
    void shouldReadLinks() throws Exception {
        String sender = TestDocs.traceId();
        ObjectNode doc = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), "x", TestDocs.now(), TestDocs.now());
        doc.putArray("links").addObject().put("trace_id", sender).put("id", "00000000000000aa");
        assertThat(parse(doc).links()).containsExactly(new Link(sender, "00000000000000aa"));
    }
}
