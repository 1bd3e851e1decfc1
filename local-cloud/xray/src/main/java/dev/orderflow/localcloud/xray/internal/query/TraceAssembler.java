package dev.orderflow.localcloud.xray.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The segment documents BatchGetTraces returns for a trace, as X-Ray builds them: independent
 * subsegments merged into their parents (under {@code Invocation} in a Lambda function segment),
 * and an inferred segment for every downstream call that no instrumented service answered.
 */
public final class TraceAssembler {

    private static final String FUNCTION_ORIGIN = "AWS::Lambda::Function";

    private final TraceStructure structure;
    private final Map<String, ObjectNode> entities = new HashMap<>();
    private final Set<ArrayNode> touched = new LinkedHashSet<>();

    /** One document of the answer. */
    public record AssembledSegment(String id, String document) {
    }

    private TraceAssembler(TraceView view) {
        this.structure = view.structure();
    }

    public static List<AssembledSegment> assemble(TraceView view) {
        return new TraceAssembler(view).run(view);
    }

    private List<AssembledSegment> run(TraceView view) {
        List<ObjectNode> segments = new ArrayList<>();
        List<ObjectNode> subsegments = new ArrayList<>();
        for (ParsedSegment doc : view.trace().segments()) {
            ObjectNode node = parse(doc);
            index(node);
            (doc.isIndependentSubsegment() ? subsegments : segments).add(node);
        }
        for (ObjectNode sub : subsegments) {
            if (!attach(sub)) {
                segments.add(sub);
            }
        }
        touched.forEach(TraceAssembler::sortByStart);
        List<AssembledSegment> result = new ArrayList<>();
        segments.forEach(node -> result.add(new AssembledSegment(node.path("id").asText(), Json.text(node))));
        InferredSegments.of(structure, entities, view.id())
                .forEach(node -> result.add(new AssembledSegment(node.path("id").asText(), Json.text(node))));
        return result;
    }

    private static ObjectNode parse(ParsedSegment doc) {
        try {
            return (ObjectNode) Json.read(doc.raw());
        } catch (IOException e) {
            throw new UncheckedIOException("stored document no longer parses", e);
        }
    }

    private void index(JsonNode entity) {
        entities.putIfAbsent(entity.path("id").asText(), (ObjectNode) entity);
        for (JsonNode sub : entity.path("subsegments")) {
            if (sub.isObject()) {
                index(sub);
            }
        }
    }

    /** Moves an independent subsegment into its parent; false when the parent is not in the trace. */
    private boolean attach(ObjectNode sub) {
        String id = sub.path("id").asText();
        ObjectNode parent = entities.get(sub.path("parent_id").asText());
        if (parent == null || parent == sub || structure.ownerOf(id) == null) {
            return false;
        }
        sub.remove(List.of("type", "trace_id", "parent_id"));
        ObjectNode target = invocationOf(parent);
        ArrayNode children = target.has("subsegments") && target.get("subsegments").isArray()
                ? (ArrayNode) target.get("subsegments") : target.putArray("subsegments");
        children.add(sub);
        touched.add(children);
        return true;
    }

    /** Lambda hands the function its segment as Parent; X-Ray shows the function's calls under Invocation. */
    private static ObjectNode invocationOf(ObjectNode parent) {
        if (!FUNCTION_ORIGIN.equals(parent.path("origin").asText())) {
            return parent;
        }
        for (JsonNode sub : parent.path("subsegments")) {
            if ("Invocation".equals(sub.path("name").asText()) && sub.isObject()) {
                return (ObjectNode) sub;
            }
        }
        return parent;
    }

    private static void sortByStart(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        items.sort(Comparator.comparingDouble(node -> node.path("start_time").asDouble()));
        array.removeAll();
        items.forEach(array::add);
    }
}
