package dev.orderflow.localcloud.xray.internal.segment;

/**
 * A downstream call recorded as a subsegment with {@code namespace} {@code aws} or {@code remote}:
 * what X-Ray turns into an inferred node when the callee sends no segment of its own.
 */
public record Call(
        String id,
        String name,
        String namespace,
        double start,
        double end,
        Outcome outcome,
        String operation,
        String tableName,
        String queueUrl,
        String resourceName,
        boolean sql) {

    public boolean isAws() {
        return "aws".equals(namespace);
    }

    public double duration() {
        return Double.isNaN(end) ? 0 : Math.max(0, end - start);
    }
}
