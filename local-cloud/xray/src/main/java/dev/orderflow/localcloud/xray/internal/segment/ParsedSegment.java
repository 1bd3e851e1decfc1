package dev.orderflow.localcloud.xray.internal.segment;

import java.util.List;

/**
 * One accepted document (a segment or an independent subsegment): its raw bytes, kept to answer
 * BatchGetTraces and to persist, and the facts the queries need, read once at ingest.
 */
public final class ParsedSegment {

    private final String id;
    private final String traceId;
    private final String parentId;
    private final boolean independentSubsegment;
    private final String name;
    private final String origin;
    private final String accountId;
    private final double start;
    private final double end;
    private final Outcome outcome;
    private final boolean anyThrottle;
    private final HttpFacts http;
    private final String user;
    private final String resourceArn;
    private final List<Annotation> annotations;
    private final List<Call> calls;
    private final List<String> nestedIds;
    private final List<Link> links;
    private final byte[] raw;
    private final long receivedAtMillis;

    private ParsedSegment(Builder b) {
        this.id = b.id;
        this.traceId = b.traceId;
        this.parentId = b.parentId;
        this.independentSubsegment = b.independentSubsegment;
        this.name = b.name;
        this.origin = b.origin;
        this.accountId = b.accountId;
        this.start = b.start;
        this.end = b.end;
        this.outcome = b.outcome;
        this.anyThrottle = b.anyThrottle;
        this.http = b.http;
        this.user = b.user;
        this.resourceArn = b.resourceArn;
        this.annotations = List.copyOf(b.annotations);
        this.calls = List.copyOf(b.calls);
        this.nestedIds = List.copyOf(b.nestedIds);
        this.links = List.copyOf(b.links);
        this.raw = b.raw;
        this.receivedAtMillis = b.receivedAtMillis;
    }

    public String id() {
        return id;
    }

    public String traceId() {
        return traceId;
    }

    /** Null for a root segment. */
    public String parentId() {
        return parentId;
    }

    public boolean isIndependentSubsegment() {
        return independentSubsegment;
    }

    public String name() {
        return name;
    }

    /** The {@code origin} field (the service type, such as {@code AWS::Lambda}); may be null. */
    public String origin() {
        return origin;
    }

    public String accountId() {
        return accountId;
    }

    public double start() {
        return start;
    }

    /** NaN while the document is in progress. */
    public double end() {
        return end;
    }

    public boolean inProgress() {
        return Double.isNaN(end);
    }

    public double duration() {
        return inProgress() ? 0 : Math.max(0, end - start);
    }

    /** The document's own flags (not those of its subsegments). */
    public Outcome outcome() {
        return outcome;
    }

    /** Whether this document or any subsegment in it records a throttle. */
    public boolean anyThrottle() {
        return anyThrottle;
    }

    public HttpFacts http() {
        return http;
    }

    public String user() {
        return user;
    }

    public String resourceArn() {
        return resourceArn;
    }

    /** Annotations of the document and of every subsegment in it. */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** Every {@code aws}/{@code remote} subsegment in the document (the document itself included). */
    public List<Call> calls() {
        return calls;
    }

    /** Ids of every subsegment nested in this document. */
    public List<String> nestedIds() {
        return nestedIds;
    }

    public List<Link> links() {
        return links;
    }

    public byte[] raw() {
        return raw;
    }

    public long receivedAtMillis() {
        return receivedAtMillis;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Filled by {@link SegmentParser} only. */
    static final class Builder {
        String id;
        String traceId;
        String parentId;
        boolean independentSubsegment;
        String name;
        String origin;
        String accountId;
        double start;
        double end = Double.NaN;
        Outcome outcome = Outcome.OK;
        boolean anyThrottle;
        HttpFacts http;
        String user;
        String resourceArn;
        List<Annotation> annotations = new java.util.ArrayList<>();
        List<Call> calls = new java.util.ArrayList<>();
        List<String> nestedIds = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        byte[] raw;
        long receivedAtMillis;

        ParsedSegment build() {
            return new ParsedSegment(this);
        }
    }
}
