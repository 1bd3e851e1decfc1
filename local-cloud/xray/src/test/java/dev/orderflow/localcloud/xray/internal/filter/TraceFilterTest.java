package dev.orderflow.localcloud.xray.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.xray.OrderTraceFixture;
import dev.orderflow.localcloud.xray.internal.TestTraces;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TraceFilterTest {

    private final TraceView ok = TestTraces.view(OrderTraceFixture.order(Instant.now(), "o-1", false, false).documents);
    private final TraceView failing = TestTraces.view(OrderTraceFixture.order(Instant.now(), "o-2", true, false).documents);

    private boolean matches(String expression, TraceView view) throws FilterException {
        return TraceFilter.compile(expression).test(view);
    }

    @Test
    void shouldMatchEverythingWithoutAnExpression() throws Exception {
        assertThat(matches(null, ok)).isTrue();
        assertThat(matches("  ", ok)).isTrue();
    }

    @Test
    void shouldFilterByService() throws Exception {
        assertThat(matches("service(\"orderflow-notify\")", ok)).isTrue();
        assertThat(matches("service(\"payments\")", ok)).isFalse();
        assertThat(matches("id(name: \"Orders\", type: \"AWS::DynamoDB::Table\")", ok)).isTrue();
        assertThat(matches("id(name: \"Orders\", type: \"AWS::SQS::Queue\")", ok)).isFalse();
        assertThat(matches("id(\"orderflow-api/Prod\")", ok)).isTrue();
    }

    @Test
    void shouldFilterByFlags() throws Exception {
        assertThat(matches("fault", failing)).isTrue();
        assertThat(matches("fault", ok)).isFalse();
        assertThat(matches("!fault", ok)).isTrue();
        assertThat(matches("NOT fault", failing)).isFalse();
        assertThat(matches("fault = false", ok)).isTrue();
        assertThat(matches("ok", ok)).isTrue();
        assertThat(matches("error OR throttle", ok)).isFalse();
        assertThat(matches("partial", ok)).isFalse();
    }

    @Test
    void shouldFilterByAnnotations() throws Exception {
        assertThat(matches("annotation.order_id = \"o-1\"", ok)).isTrue();
        assertThat(matches("annotation.order_id != \"o-1\"", ok)).isFalse();
        assertThat(matches("annotation.order_id = \"o-2\"", ok)).isFalse();
        assertThat(matches("annotation[aws:api_stage] = \"Prod\"", ok)).isTrue();
        assertThat(matches("annotation.missing = \"x\"", ok)).isFalse();
    }

    @Test
    void shouldFilterByTimesAndHttp() throws Exception {
        assertThat(matches("responsetime < 5", ok)).isTrue();
        assertThat(matches("responsetime > 5", ok)).isFalse();
        assertThat(matches("duration >= 0.1 AND duration <= 1", ok)).isTrue();
        assertThat(matches("http.status = 201", ok)).isTrue();
        assertThat(matches("http.status >= 500", ok)).isFalse();
        assertThat(matches("http.url CONTAINS \"/orders\"", ok)).isTrue();
        assertThat(matches("http.url BEGINSWITH \"https://a1b2c3d4e5\"", ok)).isTrue();
        assertThat(matches("http.method = \"GET\"", ok)).isFalse();
    }

    @Test
    void shouldCombineWithPrecedenceAndParentheses() throws Exception {
        assertThat(matches("fault OR service(\"orderflow-notify\") AND http.status = 404", ok)).isFalse();
        assertThat(matches("(fault OR service(\"orderflow-notify\")) AND http.status = 201", ok)).isTrue();
        assertThat(matches("NOT (fault AND ok)", failing)).isTrue();
        assertThat(matches("fault && http.status = 201", failing)).isTrue();
    }

    @Test
    void shouldRefuseUnsupportedPartsByName() {
        assertThatThrownBy(() -> TraceFilter.compile("edge(\"a\", \"b\") { fault }"))
                .isInstanceOf(FilterException.class).hasMessageContaining("function 'edge()'").hasMessageContaining("supported:");
        assertThatThrownBy(() -> TraceFilter.compile("service(\"api\") { fault }"))
                .hasMessageContaining("service-scoped conditions");
        assertThatThrownBy(() -> TraceFilter.compile("rootcause.fault.service.name = \"x\""))
                .hasMessageContaining("'rootcause.fault.service.name'").hasMessageContaining("not supported");
        assertThatThrownBy(() -> TraceFilter.compile("group.name = \"x\"")).hasMessageContaining("not supported");
    }

    @Test
    void shouldRefuseMalformedExpressionsWithThePosition() {
        assertThatThrownBy(() -> TraceFilter.compile("(fault")).hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> TraceFilter.compile("fault AND")).hasMessageContaining("ends where a condition");
        assertThatThrownBy(() -> TraceFilter.compile("annotation.x = \"open")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> TraceFilter.compile("responsetime ~ 5")).hasMessageContaining("unexpected character '~'");
        assertThatThrownBy(() -> TraceFilter.compile("responsetime 5")).hasMessageContaining("expected a comparison");
        assertThatThrownBy(() -> TraceFilter.compile("fault fault")).hasMessageContaining("unexpected 'fault' at position 6");
    }
}
