package dev.orderflow.localcloud.xray.internal.graph;

import dev.orderflow.localcloud.xray.internal.segment.Call;
import java.util.Locale;
import java.util.Map;

/**
 * The node X-Ray infers for a downstream call: AWS services by the subsegment name (with the
 * resource when known, as {@code AWS::DynamoDB::Table} named after the table), {@code Database::SQL}
 * for SQL and {@code remote} for other HTTP calls.
 */
public final class InferredTypes {

    private static final Map<String, String> AWS_TYPES = Map.ofEntries(
            Map.entry("dynamodb", "AWS::DynamoDB"),
            Map.entry("amazondynamodbv2", "AWS::DynamoDB"),
            Map.entry("sqs", "AWS::SQS"),
            Map.entry("amazonsqs", "AWS::SQS"),
            Map.entry("sns", "AWS::SNS"),
            Map.entry("amazonsns", "AWS::SNS"),
            Map.entry("s3", "AWS::S3"),
            Map.entry("amazons3", "AWS::S3"),
            Map.entry("lambda", "AWS::Lambda"),
            Map.entry("awslambda", "AWS::Lambda"),
            Map.entry("eventbridge", "AWS::Events"),
            Map.entry("cloudwatchevents", "AWS::Events"),
            Map.entry("sfn", "AWS::StepFunctions"),
            Map.entry("stepfunctions", "AWS::StepFunctions"));

    private InferredTypes() {
    }

    public static ServiceKey nodeOf(Call call) {
        if (!call.isAws()) {
            return new ServiceKey(call.name(), call.sql() ? "Database::SQL" : "remote");
        }
        String base = AWS_TYPES.getOrDefault(normalized(call.name()), "AWS::" + call.name());
        if (base.equals("AWS::DynamoDB") && tableOf(call) != null) {
            return new ServiceKey(tableOf(call), "AWS::DynamoDB::Table");
        }
        if (base.equals("AWS::SQS") && call.queueUrl() != null) {
            String url = call.queueUrl();
            return new ServiceKey(url.substring(url.lastIndexOf('/') + 1), "AWS::SQS::Queue");
        }
        return new ServiceKey(call.name(), base);
    }

    /** The origin X-Ray writes in an inferred segment document. */
    public static String originOf(Call call) {
        return nodeOf(call).type();
    }

    /**
     * Whether a segment whose parent is this call stands in for the call's node: any instrumented
     * service behind a remote call, or the same AWS service (API Gateway's Lambda call and the
     * {@code AWS::Lambda} segment). EventBridge delivering to a Lambda function keeps its own node.
     */
    public static boolean replacedBy(Call call, String childOrigin) {
        if (!call.isAws()) {
            return true;
        }
        if (childOrigin == null) {
            return false;
        }
        String type = nodeOf(call).type();
        return childOrigin.startsWith(type) || type.startsWith(childOrigin);
    }

    private static String tableOf(Call call) {
        return call.tableName() != null ? call.tableName() : call.resourceName();
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
