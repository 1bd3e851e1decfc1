package dev.orderflow.localcloud.xray.internal.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.EdgeHit;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.LinkRef;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph.NodeHit;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up trace graphs into the {@code Services} list of GetServiceGraph and GetTraceGraph: one
 * service per node with its statistics and histograms, its edges to the services it called.
 */
public final class ServiceGraphBuilder {

    private final Map<ServiceKey, Node> nodes = new HashMap<>();

    private static final class Node {
        final ServiceKey key;
        final Stats stats = new Stats();
        final Map<ServiceKey, Edge> edges = new LinkedHashMap<>();
        boolean root;
        boolean inferred = true;

        Node(ServiceKey key) {
            this.key = key;
        }
    }

    private static final class Edge {
        final Stats stats = new Stats();
        Histogram eventAges;
    }

    public void add(TraceGraph graph) {
        for (NodeHit hit : graph.nodes()) {
            Node node = node(hit.key());
            node.stats.add(hit.outcome(), hit.responseTime(), hit.start(), hit.end());
            node.root |= hit.root();
            node.inferred &= hit.inferred();
        }
        for (EdgeHit hit : graph.edges()) {
            node(hit.from()).edges.computeIfAbsent(hit.to(), k -> new Edge())
                    .stats.add(hit.outcome(), hit.responseTime(), hit.start(), hit.end());
            node(hit.to());
        }
    }

    /** An asynchronous edge (EdgeType link) from the node a message went through to its consumer. */
    public void addLink(ServiceKey from, LinkRef link, double eventAge) {
        Edge edge = node(from).edges.computeIfAbsent(link.consumer(), k -> new Edge());
        edge.stats.add(link.outcome(), link.responseTime(), link.consumerStart(), link.consumerEnd());
        if (edge.eventAges == null) {
            edge.eventAges = new Histogram();
        }
        edge.eventAges.add(eventAge);
        node(link.consumer());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    private Node node(ServiceKey key) {
        return nodes.computeIfAbsent(key, Node::new);
    }

    public ArrayNode toServices() {
        List<Node> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing((Node n) -> n.key.isClient())
                .thenComparing(n -> n.key.name())
                .thenComparing(n -> n.key.type() == null ? "" : n.key.type()));
        Map<ServiceKey, Integer> ids = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ids.put(ordered.get(i).key, i);
        }
        ArrayNode services = Json.array();
        for (Node node : ordered) {
            services.add(service(node, ids));
        }
        return services;
    }

    private ObjectNode service(Node node, Map<ServiceKey, Integer> ids) {
        ObjectNode json = Json.object();
        json.put("ReferenceId", ids.get(node.key));
        json.put("Name", node.key.name());
        json.putArray("Names").add(node.key.name());
        if (!node.key.isClient()) {
            json.put("Root", node.root);
        }
        if (node.key.type() != null) {
            json.put("Type", node.key.type());
        }
        json.put("State", node.key.isClient() || node.inferred ? "unknown" : "active");
        ArrayNode edges = json.putArray("Edges");
        node.edges.forEach((to, edge) -> edges.add(edge(ids.get(to), edge)));
        double start = node.key.isClient() ? earliestEdge(node) : node.stats.start();
        double end = node.key.isClient() ? latestEdge(node) : node.stats.end();
        json.put("StartTime", Json.seconds(start));
        json.put("EndTime", Json.seconds(end));
        if (!node.key.isClient()) {
            // The client node has no statistics of its own: readers take them from its edges.
            json.set("SummaryStatistics", node.stats.toJson());
            json.set("DurationHistogram", node.stats.responseTimes.toJson());
            json.set("ResponseTimeHistogram", node.stats.responseTimes.toJson());
        }
        return json;
    }

    private static ObjectNode edge(int referenceId, Edge edge) {
        ObjectNode json = Json.object();
        json.put("ReferenceId", referenceId);
        json.put("StartTime", Json.seconds(edge.stats.start()));
        json.put("EndTime", Json.seconds(edge.stats.end()));
        json.set("SummaryStatistics", edge.stats.toJson());
        json.set("ResponseTimeHistogram", edge.stats.responseTimes.toJson());
        json.putArray("Aliases");
        if (edge.eventAges != null) {
            json.put("EdgeType", "link");
            json.set("ReceivedEventAgeHistogram", edge.eventAges.toJson());
        }
        return json;
    }

    private static double earliestEdge(Node node) {
        return node.edges.values().stream().mapToDouble(e -> e.stats.start()).min().orElse(0);
    }

    private static double latestEdge(Node node) {
        return node.edges.values().stream().mapToDouble(e -> e.stats.end()).max().orElse(0);
    }
}
