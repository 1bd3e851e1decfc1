package dev.orderflow.localcloud.edge;

/**
 * An emulated AWS service behind the edge endpoint. Services say which requests are theirs the
 * way AWS routes them: by {@code X-Amz-Target} prefix (DynamoDB, EventBridge, SQS JSON) or by path
 * (Lambda's REST API, X-Ray's).
 */
public interface EdgeService {

    /** The name shown in /_local/health, e.g. {@code dynamodb}. */
    String name();

    boolean handles(EdgeRequest request);

    EdgeResponse handle(EdgeRequest request);

    default ServiceHealth health() {
        return ServiceHealth.running();
    }

    /** Requests whose {@code X-Amz-Target} starts with the given prefix, e.g. {@code DynamoDB_20120810.}. */
    static boolean targetStartsWith(EdgeRequest request, String prefix) {
        return request.target().startsWith(prefix);
    }
}
