package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRule;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleSet;

/** GetSamplingRules: the configured rules and the default rule, in one page. */
final class GetSamplingRulesAction implements Action {

    private final SamplingRuleSet rules;
    private final String arnPrefix;

    GetSamplingRulesAction(SamplingRuleSet rules, String region, String accountId) {
        this.rules = rules;
        this.arnPrefix = "arn:aws:xray:" + region + ":" + accountId + ":sampling-rule/";
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        Requests.noNextToken(request);
        ObjectNode result = Json.object();
        ArrayNode records = result.putArray("SamplingRuleRecords");
        double loaded = rules.loadedAt().toEpochMilli() / 1000.0;
        for (SamplingRule rule : rules.rules()) {
            ObjectNode record = records.addObject();
            record.set("SamplingRule", ruleJson(rule));
            record.put("CreatedAt", Json.seconds(loaded));
            record.put("ModifiedAt", Json.seconds(loaded));
        }
        return result;
    }

    private ObjectNode ruleJson(SamplingRule rule) {
        ObjectNode json = Json.object();
        json.put("RuleName", rule.ruleName());
        json.put("RuleARN", arnPrefix + rule.ruleName());
        json.put("ResourceARN", rule.resourceArn());
        json.put("Priority", rule.priority());
        json.put("FixedRate", rule.fixedRate());
        json.put("ReservoirSize", rule.reservoirSize());
        json.put("ServiceName", rule.serviceName());
        json.put("ServiceType", rule.serviceType());
        json.put("Host", rule.host());
        json.put("HTTPMethod", rule.httpMethod());
        json.put("URLPath", rule.urlPath());
        json.put("Version", rule.version());
        ObjectNode attributes = json.putObject("Attributes");
        rule.attributes().forEach(attributes::put);
        return json;
    }
}
