package dev.orderflow.localcloud.xray.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.ServiceKey;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.HttpFacts;
import java.util.Map;
import java.util.Set;

/** One {@code TraceSummary} of GetTraceSummaries, in the shape of the X-Ray API model. */
public final class TraceSummaryWriter {

    private TraceSummaryWriter() {
    }

    /** @param matchedEventTime the event time that matched (TimeRangeType Event), or null */
    public static ObjectNode summary(TraceView view, Double matchedEventTime) {
        ObjectNode json = Json.object();
        json.put("Id", view.id());
        json.put("StartTime", Json.seconds(view.start()));
        json.put("Duration", Json.seconds(view.duration()));
        json.put("ResponseTime", Json.seconds(view.responseTime()));
        json.put("HasFault", view.hasFault());
        json.put("HasError", view.hasError());
        json.put("HasThrottle", view.hasThrottle());
        json.put("IsPartial", view.isPartial());
        json.set("Http", http(view.http()));
        json.set("Annotations", annotations(view));
        ArrayNode users = json.putArray("Users");
        view.users().forEach(user -> users.addObject().put("UserName", user).putArray("ServiceIds"));
        ArrayNode services = json.putArray("ServiceIds");
        view.services().forEach(service -> services.add(serviceId(service, view)));
        ArrayNode arns = json.putArray("ResourceARNs");
        view.resourceArns().forEach(arn -> arns.addObject().put("ARN", arn));
        json.putArray("InstanceIds");
        json.putArray("AvailabilityZones");
        if (view.graph().entryPoint() != null) {
            json.set("EntryPoint", serviceId(view.graph().entryPoint(), view));
        }
        json.putArray("FaultRootCauses");
        json.putArray("ErrorRootCauses");
        json.putArray("ResponseTimeRootCauses");
        json.put("Revision", view.trace().revision());
        if (matchedEventTime != null) {
            json.put("MatchedEventTime", Json.seconds(matchedEventTime));
        }
        return json;
    }

    private static ObjectNode http(HttpFacts http) {
        ObjectNode json = Json.object();
        if (http == null) {
            return json;
        }
        putIfPresent(json, "HttpURL", http.url());
        if (http.status() != null) {
            json.put("HttpStatus", http.status());
        }
        putIfPresent(json, "HttpMethod", http.method());
        putIfPresent(json, "UserAgent", http.userAgent());
        putIfPresent(json, "ClientIp", http.clientIp());
        return json;
    }

    private static ObjectNode annotations(TraceView view) {
        ObjectNode json = Json.object();
        for (Map.Entry<String, Map<JsonNode, Set<ServiceKey>>> entry : view.annotations().entrySet()) {
            ArrayNode values = json.putArray(entry.getKey());
            entry.getValue().forEach((value, services) -> {
                ObjectNode item = values.addObject();
                item.set("AnnotationValue", annotationValue(value));
                ArrayNode ids = item.putArray("ServiceIds");
                services.forEach(service -> ids.add(serviceId(service, view)));
            });
        }
        return json;
    }

    private static ObjectNode annotationValue(JsonNode value) {
        ObjectNode json = Json.object();
        if (value.isNumber()) {
            json.put("NumberValue", value.asDouble());
        } else if (value.isBoolean()) {
            json.put("BooleanValue", value.asBoolean());
        } else {
            json.put("StringValue", value.asText());
        }
        return json;
    }

    public static ObjectNode serviceId(ServiceKey service, TraceView view) {
        ObjectNode json = Json.object();
        json.put("Name", service.name());
        json.putArray("Names").add(service.name());
        String account = view == null ? null : view.accountIdOf(service);
        putIfPresent(json, "AccountId", account);
        putIfPresent(json, "Type", service.type());
        return json;
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
