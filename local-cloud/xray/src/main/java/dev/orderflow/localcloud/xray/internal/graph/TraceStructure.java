package dev.orderflow.localcloud.xray.internal.graph;

import dev.orderflow.localcloud.xray.internal.segment.Call;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns what in one trace: for every segment and subsegment id, the segment it belongs to
 * (following independent subsegments up their parent chain), and every call with its owner.
 */
public final class TraceStructure {

    private static final int MAX_CHAIN = 64;

    private final List<ParsedSegment> segments = new ArrayList<>();
    private final Map<String, ParsedSegment> ownerOfId = new HashMap<>();
    private final Map<String, List<ParsedSegment>> childrenOfId = new HashMap<>();
    private final Map<String, OwnedCall> callsById = new HashMap<>();
    private final List<ParsedSegment> orphans = new ArrayList<>();

    /** A call and the segment it was made from. */
    public record OwnedCall(Call call, ParsedSegment owner) {
    }

    public TraceStructure(List<ParsedSegment> documents) {
        Map<String, ParsedSegment> independents = new HashMap<>();
        for (ParsedSegment doc : documents) {
            if (doc.isIndependentSubsegment()) {
                independents.put(doc.id(), doc);
            } else {
                segments.add(doc);
                own(doc, doc);
            }
        }
        for (ParsedSegment sub : independents.values()) {
            ParsedSegment owner = resolveOwner(sub, independents);
            if (owner == null) {
                orphans.add(sub);
            } else {
                own(sub, owner);
            }
        }
        for (ParsedSegment segment : segments) {
            if (segment.parentId() != null) {
                childrenOfId.computeIfAbsent(segment.parentId(), id -> new ArrayList<>()).add(segment);
            }
        }
    }

    private void own(ParsedSegment doc, ParsedSegment owner) {
        ownerOfId.put(doc.id(), owner);
        doc.nestedIds().forEach(id -> ownerOfId.put(id, owner));
        doc.calls().forEach(call -> callsById.put(call.id(), new OwnedCall(call, owner)));
    }

    private ParsedSegment resolveOwner(ParsedSegment sub, Map<String, ParsedSegment> independents) {
        String parent = sub.parentId();
        for (int i = 0; i < MAX_CHAIN && parent != null; i++) {
            ParsedSegment owner = ownerOfId.get(parent);
            if (owner != null) {
                return owner;
            }
            ParsedSegment next = independents.get(parent);
            if (next == null) {
                return findNested(parent, independents);
            }
            parent = next.parentId();
        }
        return null;
    }

    /** A parent nested inside another independent subsegment. */
    private ParsedSegment findNested(String id, Map<String, ParsedSegment> independents) {
        for (ParsedSegment other : independents.values()) {
            if (other.nestedIds().contains(id)) {
                return resolveOwner(other, independents);
            }
        }
        return null;
    }

    /** Segments (not independent subsegments). */
    public List<ParsedSegment> segments() {
        return segments;
    }

    public ParsedSegment ownerOf(String id) {
        return id == null ? null : ownerOfId.get(id);
    }

    public OwnedCall call(String id) {
        return id == null ? null : callsById.get(id);
    }

    public List<OwnedCall> calls() {
        return new ArrayList<>(callsById.values());
    }

    public List<ParsedSegment> childrenOf(String id) {
        return childrenOfId.getOrDefault(id, List.of());
    }

    /** Whether a segment of the trace is the callee's own record of this call (no inferred node then). */
    public boolean calleeInstrumented(Call call) {
        for (ParsedSegment child : childrenOf(call.id())) {
            if (InferredTypes.replacedBy(call, child.origin())) {
                return true;
            }
        }
        return false;
    }

    /** Independent subsegments whose parent is not in the trace (yet). */
    public List<ParsedSegment> orphans() {
        return orphans;
    }

    /** A segment with no parent, or whose parent is not in the trace. */
    public boolean isRoot(ParsedSegment segment) {
        return segment.parentId() == null || ownerOf(segment.parentId()) == null;
    }

    /** The root segment that started first, or null when the trace has only subsegments so far. */
    public ParsedSegment root() {
        ParsedSegment best = null;
        for (ParsedSegment segment : segments) {
            if (isRoot(segment) && (best == null || segment.start() < best.start())) {
                best = segment;
            }
        }
        return best;
    }
}
