package dev.orderflow.localcloud.xray.internal.segment;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks the nested subsegments of a document and collects their ids, calls and annotations. */
final class SubsegmentWalker {

    private final ParsedSegment.Builder b;

    SubsegmentWalker(ParsedSegment.Builder builder) {
        this.b = builder;
    }

    void walk(JsonNode entity, String path) throws InvalidSegmentException {
        JsonNode subsegments = entity.get("subsegments");
        if (subsegments == null || subsegments.isNull()) {
            return;
        }
        if (!subsegments.isArray()) {
            throw new InvalidSegmentException("InvalidField", path + "subsegments must be an array", b.id);
        }
        for (int i = 0; i < subsegments.size(); i++) {
            visit(subsegments.get(i), path + "subsegments[" + i + "].");
        }
    }

    private void visit(JsonNode sub, String path) throws InvalidSegmentException {
        if (!sub.isObject()) {
            throw new InvalidSegmentException("InvalidField", path.substring(0, path.length() - 1)
                    + " must be an object", b.id);
        }
        String id = SegmentParser.hex16(sub, "id", path, b.id);
        SegmentParser.requiredName(sub, path, b.id);
        double[] times = Fields.times(sub, path, b.id);
        b.nestedIds.add(id);
        if (sub.path("throttle").asBoolean(false)) {
            b.anyThrottle = true;
        }
        if (Fields.isCall(sub)) {
            b.calls.add(Fields.call(sub, times[0], times[1]));
        }
        Fields.readAnnotations(sub, path, b.id, b);
        walk(sub, path);
    }
}
