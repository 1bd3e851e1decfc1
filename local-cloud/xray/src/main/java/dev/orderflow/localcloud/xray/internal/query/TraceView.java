package dev.orderflow.localcloud.xray.internal.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.graph.GraphExtractor;
import dev.orderflow.localcloud.xray.internal.graph.ServiceKey;
import dev.orderflow.localcloud.xray.internal.graph.TraceGraph;
import dev.orderflow.localcloud.xray.internal.graph.TraceStructure;
import dev.orderflow.localcloud.xray.internal.segment.Annotation;
import dev.orderflow.localcloud.xray.internal.segment.HttpFacts;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the queries read of one trace, computed once per stored snapshot: its root, times, flags,
 * annotations by service, the services it went through and its service-map contribution.
 */
public final class TraceView {

    private final StoredTrace trace;
    private final TraceGraph graph;
    private final ParsedSegment root;
    private final double[] segmentEnds;
    private double start = Double.POSITIVE_INFINITY;
    private double end = Double.NEGATIVE_INFINITY;
    private boolean partial;
    private boolean anyFault;
    private boolean anyError;
    private boolean anyThrottle;
    private final Map<String, Map<JsonNode, Set<ServiceKey>>> annotations = new LinkedHashMap<>();
    private final Set<ServiceKey> services = new LinkedHashSet<>();
    private final Map<ServiceKey, String> accountIds = new LinkedHashMap<>();
    private final Set<String> users = new LinkedHashSet<>();
    private final Set<String> resourceArns = new LinkedHashSet<>();

    private TraceView(StoredTrace trace) {
        this.trace = trace;
        TraceStructure structure = new TraceStructure(trace.segments());
        this.graph = GraphExtractor.extract(structure);
        this.root = structure.root();
        this.segmentEnds = segmentEnds(structure);
        trace.segments().forEach(doc -> read(doc, structure));
        graph.nodes().forEach(hit -> services.add(hit.key()));
    }

    public static TraceView of(StoredTrace trace) {
        return trace.derived(TraceView::new);
    }

    private static double[] segmentEnds(TraceStructure structure) {
        return structure.segments().stream()
                .mapToDouble(segment -> segment.inProgress() ? segment.start() : segment.end()).toArray();
    }

    private void read(ParsedSegment doc, TraceStructure structure) {
        start = Math.min(start, doc.start());
        end = Math.max(end, doc.inProgress() ? doc.start() : doc.end());
        partial |= doc.inProgress();
        anyThrottle |= doc.anyThrottle();
        ServiceKey service = serviceOf(doc, structure);
        if (!doc.isIndependentSubsegment()) {
            anyFault |= doc.outcome().fault();
            anyError |= doc.outcome().error();
            addIfPresent(users, doc.user());
            addIfPresent(resourceArns, doc.resourceArn());
            if (doc.accountId() != null) {
                accountIds.putIfAbsent(service, doc.accountId());
            }
        }
        for (Annotation annotation : doc.annotations()) {
            annotations.computeIfAbsent(annotation.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(annotation.value(), v -> new LinkedHashSet<>())
                    .add(service);
        }
    }

    private static ServiceKey serviceOf(ParsedSegment doc, TraceStructure structure) {
        ParsedSegment owner = structure.ownerOf(doc.id());
        return GraphExtractor.keyOf(owner == null ? doc : owner);
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    public StoredTrace trace() {
        return trace;
    }

    public String id() {
        return trace.id();
    }

    /** Who owns which id in the trace: rebuilt on each call, as only BatchGetTraces and links need it. */
    public TraceStructure structure() {
        return new TraceStructure(trace.segments());
    }

    public TraceGraph graph() {
        return graph;
    }

    /** Null while only subsegments of the trace have arrived. */
    public ParsedSegment root() {
        return root;
    }

    public double start() {
        return start;
    }

    /** The latest end (or start, for documents in progress): when the trace was last updated. */
    public double end() {
        return end;
    }

    public double duration() {
        return Math.max(0, end - start);
    }

    public double responseTime() {
        return root == null ? 0 : root.duration();
    }

    public HttpFacts http() {
        return root == null ? null : root.http();
    }

    public boolean hasFault() {
        return root != null && root.outcome().fault();
    }

    public boolean hasError() {
        return root != null && root.outcome().error();
    }

    public boolean hasThrottle() {
        return anyThrottle;
    }

    public boolean isPartial() {
        return partial;
    }

    /** Whether any segment (not only the root) records a fault. */
    public boolean anyFault() {
        return anyFault;
    }

    public boolean anyError() {
        return anyError;
    }

    public Map<String, Map<JsonNode, Set<ServiceKey>>> annotations() {
        return Collections.unmodifiableMap(annotations);
    }

    /** Every node of the trace's service map but the client. */
    public Set<ServiceKey> services() {
        return Collections.unmodifiableSet(services);
    }

    public String accountIdOf(ServiceKey service) {
        return accountIds.get(service);
    }

    public Set<String> users() {
        return Collections.unmodifiableSet(users);
    }

    public Set<String> resourceArns() {
        return Collections.unmodifiableSet(resourceArns);
    }

    /** Whether a segment of the trace ended within [from, to] (TimeRangeType Service). */
    public boolean anySegmentEndsWithin(double from, double to) {
        for (double segmentEnd : segmentEnds) {
            if (segmentEnd >= from && segmentEnd <= to) {
                return true;
            }
        }
        return false;
    }
}
