package dev.orderflow.localcloud.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The X-Ray trace header ({@code Root=...;Parent=...;Sampled=...}) as API Gateway, Lambda and the
 * SDKs exchange it. Keys other than Root, Parent and Sampled (such as {@code Lineage}) are kept.
 */
public final class TraceHeader {

    private static final Pattern TRACE_ID = Pattern.compile("1-[0-9a-f]{8}-[0-9a-f]{24}");
    private static final Pattern SEGMENT_ID = Pattern.compile("[0-9a-f]{16}");

    private final String root;
    private final String parent;
    private final Sampling sampling;
    private final Map<String, String> others;

    private TraceHeader(String root, String parent, Sampling sampling, Map<String, String> others) {
        this.root = Objects.requireNonNull(root, "root");
        this.parent = parent;
        this.sampling = Objects.requireNonNull(sampling, "sampling");
        this.others = Map.copyOf(others);
    }

    /** A header for a new trace, without a parent. */
    public static TraceHeader newTrace(boolean sampled) {
        return new TraceHeader(TraceIds.newTraceId(), null, sampled ? Sampling.SAMPLED : Sampling.NOT_SAMPLED, Map.of());
    }

    /**
     * Reads a header; empty when it has no valid Root (a header the SDKs would ignore). A malformed
     * Parent is dropped rather than passed on.
     */
    public static Optional<TraceHeader> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        String root = fields.remove("Root");
        if (root == null || !TRACE_ID.matcher(root).matches()) {
            return Optional.empty();
        }
        String parent = fields.remove("Parent");
        if (parent != null && !SEGMENT_ID.matcher(parent).matches()) {
            parent = null;
        }
        Sampling sampling = Sampling.fromHeaderValue(fields.remove("Sampled"));
        return Optional.of(new TraceHeader(root, parent, sampling, fields));
    }

    public String root() {
        return root;
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    public Sampling sampling() {
        return sampling;
    }

    public boolean isSampled() {
        return sampling == Sampling.SAMPLED;
    }

    /** The same trace, continued under another segment. */
    public TraceHeader withParent(String segmentId) {
        if (!SEGMENT_ID.matcher(segmentId).matches()) {
            throw new IllegalArgumentException("not a segment id: " + segmentId);
        }
        return new TraceHeader(root, segmentId, sampling, others);
    }

    /** The same trace with the sampling decision made. */
    public TraceHeader withSampling(Sampling decided) {
        return new TraceHeader(root, parent, decided, others);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Root=").append(root);
        if (parent != null) {
            out.append(";Parent=").append(parent);
        }
        if (sampling != Sampling.UNDECIDED_ABSENT) {
            out.append(";Sampled=").append(sampling.headerValue());
        }
        others.forEach((key, val) -> out.append(';').append(key).append('=').append(val));
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TraceHeader && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The Sampled field: decided (1 or 0), requested ({@code ?}) or absent. */
    public enum Sampling {
        SAMPLED("1"), NOT_SAMPLED("0"), REQUESTED("?"), UNDECIDED_ABSENT("");

        private final String headerValue;

        Sampling(String headerValue) {
            this.headerValue = headerValue;
        }

        String headerValue() {
            return headerValue;
        }

        boolean isDecided() {
            return this == SAMPLED || this == NOT_SAMPLED;
        }

        static Sampling fromHeaderValue(String value) {
            if (value == null) {
                return UNDECIDED_ABSENT;
            }
            switch (value) {
                case "1": return SAMPLED;
                case "0": return NOT_SAMPLED;
                case "?": return REQUESTED;
                default: return UNDECIDED_ABSENT;
            }
        }
    }
}
