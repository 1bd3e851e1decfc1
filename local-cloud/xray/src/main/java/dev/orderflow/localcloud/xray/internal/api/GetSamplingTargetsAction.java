package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.sampling.ReservoirShares;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRule;
import dev.orderflow.localcloud.xray.internal.sampling.SamplingRuleSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * GetSamplingTargets (POST /SamplingTargets): each reporting client gets the rule's fixed rate and
 * its share of the reservoir for the next ten seconds; unknown rules come back as unprocessed.
 */
final class GetSamplingTargetsAction implements Action {

    private static final int INTERVAL_SECONDS = 10;
    private static final List<String> REQUIRED = List.of("RuleName", "ClientID", "Timestamp", "RequestCount", "SampledCount");

    private final SamplingRuleSet rules;
    private final ReservoirShares shares;
    private final Clock clock;

    GetSamplingTargetsAction(SamplingRuleSet rules, ReservoirShares shares, Clock clock) {
        this.rules = rules;
        this.shares = shares;
        this.clock = clock;
    }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        JsonNode documents = request.get("SamplingStatisticsDocuments");
        if (documents == null || !documents.isArray()) {
            throw ApiException.invalid("SamplingStatisticsDocuments is required (a list of statistics documents)");
        }
        long now = clock.millis();
        ObjectNode result = Json.object();
        ArrayNode targets = result.putArray("SamplingTargetDocuments");
        ArrayNode unprocessed = result.putArray("UnprocessedStatistics");
        for (int i = 0; i < documents.size(); i++) {
            JsonNode doc = documents.get(i);
            check(doc, i);
            String name = doc.get("RuleName").asText();
            Optional<SamplingRule> rule = rules.byName(name);
            if (rule.isEmpty()) {
                unprocessed.addObject().put("RuleName", name).put("ErrorCode", "400")
                        .put("Message", "no sampling rule named " + name);
                continue;
            }
            targets.addObject()
                    .put("RuleName", name)
                    .put("FixedRate", rule.get().fixedRate())
                    .put("ReservoirQuota", shares.quota(rule.get(), doc.get("ClientID").asText(), now))
                    .put("ReservoirQuotaTTL", Json.seconds(now / 1000.0 + INTERVAL_SECONDS))
                    .put("Interval", INTERVAL_SECONDS);
        }
        result.put("LastRuleModification", Json.seconds(rules.loadedAt().toEpochMilli() / 1000.0));
        return result;
    }

    private static void check(JsonNode doc, int index) throws ApiException {
        for (String field : REQUIRED) {
            if (doc == null || !doc.hasNonNull(field)) {
                throw ApiException.invalid("SamplingStatisticsDocuments[" + index + "]." + field + " is required");
            }
        }
    }
}
