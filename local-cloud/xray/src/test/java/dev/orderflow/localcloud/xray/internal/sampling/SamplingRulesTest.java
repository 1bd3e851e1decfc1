package dev.orderflow.localcloud.xray.internal.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.xray.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplingRulesTest {

    private static final String ORDERS_RULE = "[{\"Type\":\"AWS::XRay::SamplingRule\",\"Properties\":{\"SamplingRule\":{"
            + "\"RuleName\":\"orders-post\",\"ResourceARN\":\"*\",\"Priority\":100,\"FixedRate\":0,\"ReservoirSize\":2,"
            + "\"ServiceName\":\"orderflow-*\",\"ServiceType\":\"*\",\"Host\":\"*\",\"HTTPMethod\":\"POST\","
            + "\"URLPath\":\"/orders*\",\"Version\":1}}}]";

    private static SamplingRule.SamplingTarget target(String service, String method, String path) {
        return new SamplingRule.SamplingTarget(service, "AWS::ApiGateway::Stage", "localhost", method, path, null, Map.of());
    }

    private static List<SamplingRule> read(String json) throws Exception {
        return SamplingRuleReader.read(Json.read(json));
    }

    @Test
    void shouldSampleOneRequestASecondThenFivePercentByDefault() {
        double[] next = {0.5};
        SamplingRuleSet rules = new SamplingRuleSet(List.of(), Instant.now(), () -> next[0]);
        assertThat(rules.decide(target("a", "GET", "/"), 100)).isEqualTo(new SamplingRuleSet.Decision(true, "Default"));
        assertThat(rules.decide(target("a", "GET", "/"), 100).sampled()).isFalse();
        next[0] = 0.04;
        assertThat(rules.decide(target("a", "GET", "/"), 100).sampled()).isTrue();
        next[0] = 0.5;
        assertThat(rules.decide(target("a", "GET", "/"), 101).sampled()).isTrue();
    }

    @Test
    void shouldApplyTheFirstMatchingRuleByPriority() throws Exception {
        SamplingRuleSet rules = new SamplingRuleSet(read(ORDERS_RULE), Instant.now(), () -> 0.99);
        assertThat(rules.match(target("orderflow-api/Prod", "POST", "/orders")).ruleName()).isEqualTo("orders-post");
        assertThat(rules.match(target("orderflow-api/Prod", "GET", "/orders")).ruleName()).isEqualTo("Default");
        assertThat(rules.match(target("other", "POST", "/orders")).ruleName()).isEqualTo("Default");
        assertThat(rules.decide(target("orderflow-api", "post", "/orders/1"), 7).sampled()).isTrue();
        assertThat(rules.decide(target("orderflow-api", "POST", "/orders/2"), 7).sampled()).isTrue();
        assertThat(rules.decide(target("orderflow-api", "POST", "/orders/3"), 7).sampled()).isFalse();
        assertThat(rules.rules()).extracting(SamplingRule::ruleName).containsExactly("orders-post", "Default");
    }

    @Test
    void shouldLetTheDefaultRuleBeChanged() throws Exception {
        SamplingRuleSet rules = new SamplingRuleSet(read("{\"SamplingRule\":{\"RuleName\":\"Default\",\"ResourceARN\":\"*\","
                + "\"Priority\":10000,\"FixedRate\":1,\"ReservoirSize\":0,\"ServiceName\":\"*\",\"ServiceType\":\"*\","
                + "\"Host\":\"*\",\"HTTPMethod\":\"*\",\"URLPath\":\"*\",\"Version\":1}}"), Instant.now(), () -> 0.99);
        assertThat(rules.rules()).hasSize(1);
        assertThat(rules.decide(target("a", "GET", "/"), 1).sampled()).isTrue();
    }

    @Test
    void shouldRefuseABadRuleNamingTheField() {
        assertThatThrownBy(() -> read(ORDERS_RULE.replace("\"Priority\":100", "\"Priority\":0")))
                .hasMessage("sampling rule orders-post: Priority must be an integer from 1 to 9999");
        assertThatThrownBy(() -> read(ORDERS_RULE.replace("\"FixedRate\":0", "\"FixedRate\":1.5")))
                .hasMessage("sampling rule orders-post: FixedRate must be a number from 0 to 1");
        assertThatThrownBy(() -> read(ORDERS_RULE.replace("\"URLPath\":\"/orders*\",", "")))
                .hasMessage("sampling rule orders-post: URLPath is required");
        assertThatThrownBy(() -> read(ORDERS_RULE.replace("\"RuleName\":\"orders-post\",", "")))
                .hasMessage("rule 1: RuleName is required (1 to 32 characters)");
        assertThatThrownBy(() -> new SamplingRuleSet(read("[" + ORDERS_RULE.substring(1, ORDERS_RULE.length() - 1) + ","
                + ORDERS_RULE.substring(1)), Instant.now())).hasMessage("sampling rule orders-post is defined twice");
    }

    @Test
    void shouldReadRulesFromATemplate() throws Exception {
        String template = "{\"Resources\":{\"Rule\":" + ORDERS_RULE.substring(1, ORDERS_RULE.length() - 1)
                + ",\"Fn\":{\"Type\":\"AWS::Serverless::Function\"}}}";
        assertThat(read(template)).extracting(SamplingRule::ruleName).containsExactly("orders-post");
    }

    @Test
    void shouldMatchGlobsCaseInsensitively() {
        assertThat(Glob.matches("*", null)).isTrue();
        assertThat(Glob.matches("/orders/*", "/ORDERS/42")).isTrue();
        assertThat(Glob.matches("/orders/?", "/orders/42")).isFalse();
        assertThat(Glob.matches("a*b*c", "axxbyyc")).isTrue();
        assertThat(Glob.matches("a*b*c", "axxbyy")).isFalse();
        assertThat(Glob.matches("GET", null)).isFalse();
    }

    @Test
    void shouldSplitTheReservoirBetweenActiveClients() {
        SamplingRule rule = new SamplingRule("r", "*", 1, 0.1, 3, "*", "*", "*", "*", "*", 1, Map.of());
        ReservoirShares shares = new ReservoirShares();
        assertThat(shares.quota(rule, "aaaaaaaaaaaaaaaaaaaaaaaa", 1_000)).isEqualTo(3);
        assertThat(shares.quota(rule, "bbbbbbbbbbbbbbbbbbbbbbbb", 2_000)).isEqualTo(1);
        assertThat(shares.quota(rule, "aaaaaaaaaaaaaaaaaaaaaaaa", 3_000)).isEqualTo(2);
        assertThat(shares.quota(rule, "aaaaaaaaaaaaaaaaaaaaaaaa", 40_000)).isEqualTo(3);
    }
}
