package dev.orderflow.localcloud.xray.internal.store;

import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An immutable snapshot of one trace: every accepted document, a later document replacing an
 * earlier one with the same id (an in-progress segment completed). A new document makes a new
 * snapshot, so readers never lock.
 */
public final class StoredTrace {

    private final String id;
    private final ParsedSegment[] segments;
    private final boolean limitExceeded;
    private final long bytes;
    private final int revision;
    private final long lastReceivedMillis;
    private volatile Object derived;

    private StoredTrace(String id, ParsedSegment[] segments, boolean limitExceeded, int revision) {
        this.id = id;
        this.segments = segments;
        this.limitExceeded = limitExceeded;
        this.revision = revision;
        long total = 0;
        long last = 0;
        for (ParsedSegment segment : segments) {
            total += segment.raw().length;
            last = Math.max(last, segment.receivedAtMillis());
        }
        this.bytes = total;
        this.lastReceivedMillis = last;
    }

    static StoredTrace of(ParsedSegment first) {
        return new StoredTrace(first.traceId(), new ParsedSegment[] {first}, false, 1);
    }

    /** This trace with the document added, replacing one with the same id; unchanged but flagged when full. */
    StoredTrace with(ParsedSegment segment, int maxSegments) {
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].id().equals(segment.id())) {
                ParsedSegment[] copy = segments.clone();
                copy[i] = segment;
                return new StoredTrace(id, copy, limitExceeded, revision + 1);
            }
        }
        if (segments.length >= maxSegments) {
            return limitExceeded ? this : new StoredTrace(id, segments, true, revision);
        }
        ParsedSegment[] grown = Arrays.copyOf(segments, segments.length + 1);
        grown[segments.length] = segment;
        return new StoredTrace(id, grown, limitExceeded, revision + 1);
    }

    public String id() {
        return id;
    }

    public List<ParsedSegment> segments() {
        return Collections.unmodifiableList(Arrays.asList(segments));
    }

    public boolean limitExceeded() {
        return limitExceeded;
    }

    public long bytes() {
        return bytes;
    }

    public int revision() {
        return revision;
    }

    public long lastReceivedMillis() {
        return lastReceivedMillis;
    }

    /** The epoch second written in the trace id: the trace's start as X-Ray indexes it. */
    public long idEpochSecond() {
        return Long.parseLong(id.substring(2, 10), 16);
    }

    /**
     * A value computed once per snapshot from it (the query view). Snapshots are immutable, so a
     * racing second computation yields an equal value.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Function<StoredTrace, T> compute) {
        Object value = derived;
        if (value == null) {
            value = compute.apply(this);
            derived = value;
        }
        return (T) value;
    }
}
