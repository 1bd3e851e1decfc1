package dev.orderflow.localcloud.xray.platform;

import static dev.orderflow.localcloud.xray.platform.Documents.required;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two segments Lambda emits for a traced invocation: {@code AWS::Lambda} (time in the service,
 * with the request id, status and, for SQS, links to the senders' traces) and
 * {@code AWS::Lambda::Function} (Initialization, Invocation, Overhead; fault and cause when the
 * function failed). The function's own SDK subsegments are sent by the SDK, never here.
 */
public final class LambdaSegments {

    /** X-Ray keeps up to 20 links on a segment. */
    public static final int MAX_LINKS = 20;

    private LambdaSegments() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private LambdaTraceContext context;
        private String functionArn;
        private String requestId;
        private LambdaTimings timings;
        private int status = 200;
        private FunctionError error;
        private final List<TraceLink> links = new ArrayList<>();

        Builder() {
        }

        public Builder context(LambdaTraceContext context) {
            this.context = context;
            return this;
        }

        /** {@code arn:aws:lambda:<region>:<account>:function:<name>}. */
        public Builder functionArn(String functionArn) {
            this.functionArn = functionArn;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder timings(LambdaTimings timings) {
            this.timings = timings;
            return this;
        }

        /** The Lambda service's answer: 200, or e.g. 429 when throttled. */
        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder error(FunctionError error) {
            this.error = error;
            return this;
        }

        /** Links to the senders' traces (SQS); beyond {@link #MAX_LINKS} they are left out, as on AWS. */
        public Builder links(List<TraceLink> links) {
            this.links.addAll(links);
            return this;
        }

        /** The AWS::Lambda segment, then the AWS::Lambda::Function segment. */
        public List<SegmentDocument> build() {
            required(context, "context");
            required(requestId, "requestId");
            required(timings, "timings");
            String[] arn = required(functionArn, "functionArn").split(":");
            if (arn.length < 7 || !arn[2].equals("lambda") || !arn[5].equals("function")) {
                throw new IllegalStateException("functionArn '" + functionArn + "' is not a Lambda function ARN");
            }
            return List.of(Documents.document(serviceSegment(arn[6])),
                    Documents.document(functionSegment(arn[6], arn[4])));
        }

        private ObjectNode serviceSegment(String name) {
            ObjectNode json = Documents.entity(context.serviceSegmentId(), name, timings.serviceStart(), timings.serviceEnd());
            json.put("trace_id", context.traceId());
            if (context.parentId() != null) {
                json.put("parent_id", context.parentId());
            }
            json.putObject("http").putObject("response").put("status", status);
            json.putObject("aws").put("request_id", requestId);
            json.put("origin", "AWS::Lambda");
            json.put("resource_arn", functionArn);
            Documents.flagsFromStatus(json, status);
            if (!links.isEmpty()) {
                ArrayNode array = json.putArray("links");
                links.stream().limit(MAX_LINKS).forEach(link -> array.addObject()
                        .put("trace_id", link.traceId()).put("id", link.id())
                        .putObject("attributes").put("aws.xray.reserved.reference_type", "parent"));
            }
            return json;
        }

        private ObjectNode functionSegment(String name, String accountId) {
            ObjectNode json = Documents.entity(context.functionSegmentId(), name, timings.functionStart(),
                    timings.overheadEnd());
            json.put("trace_id", context.traceId());
            json.put("parent_id", context.serviceSegmentId());
            ObjectNode aws = json.putObject("aws").put("account_id", accountId).put("function_arn", functionArn);
            aws.putArray("resource_names").add(name);
            json.put("origin", "AWS::Lambda::Function");
            ArrayNode subsegments = json.putArray("subsegments");
            if (timings.coldStart()) {
                subsegments.add(phase("Initialization", timings.initStart(), timings.initEnd()));
            }
            ObjectNode invocation = phase("Invocation", timings.invocationStart(), timings.invocationEnd());
            subsegments.add(invocation);
            subsegments.add(phase("Overhead", timings.invocationEnd(), timings.overheadEnd()));
            if (error != null) {
                markFault(json);
                markFault(invocation);
            }
            return json;
        }

        private ObjectNode phase(String name, Instant start, Instant end) {
            ObjectNode json = Documents.entity(SegmentIds.newSegmentId(), name, start, end);
            json.putObject("aws").put("function_arn", functionArn);
            return json;
        }

        private void markFault(ObjectNode entity) {
            entity.put("fault", true);
            ObjectNode exception = entity.putObject("cause").putArray("exceptions").addObject();
            exception.put("id", SegmentIds.newSegmentId());
            exception.put("message", error.errorMessage() == null ? "" : error.errorMessage());
            exception.put("type", error.errorType() == null ? "Unhandled" : error.errorType());
        }
    }
}
