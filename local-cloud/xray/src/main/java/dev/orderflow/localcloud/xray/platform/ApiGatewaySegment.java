package dev.orderflow.localcloud.xray.platform;

import static dev.orderflow.localcloud.xray.platform.Documents.required;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The segment API Gateway emits for a traced request to a REST API stage: named
 * {@code <api name>/<stage>}, origin {@code AWS::ApiGateway::Stage}, with the {@code http} block,
 * {@code aws.api_gateway}, the {@code aws:api_id}/{@code aws:api_stage} annotations and, for a Lambda
 * integration, the {@code Lambda} subsegment whose id is the parent of the function's
 * {@code AWS::Lambda} segment.
 */
public final class ApiGatewaySegment {

    private ApiGatewaySegment() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The Lambda integration call: its subsegment id must be the Parent handed to Lambda. */
    public record LambdaIntegration(String subsegmentId, String functionArn, Instant start, Instant end,
                                    int status, long contentLength) {

        public String functionName() {
            return functionArn.substring(functionArn.lastIndexOf(':') + 1);
        }
    }

    public static final class Builder {
        private String traceId;
        private String id = SegmentIds.newSegmentId();
        private String parentId;
        private String apiName;
        private String stage;
        private String restApiId;
        private String region;
        private String accountId;
        private String requestId;
        private String extendedRequestId;
        private String method;
        private String url;
        private String clientIp;
        private String userAgent;
        private int status;
        private long contentLength;
        private Instant start;
        private Instant end;
        private String samplingRuleName;
        private LambdaIntegration integration;

        Builder() {
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        /** The segment id (generated when not set), for headers handed on before the segment ends. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public String id() {
            return id;
        }

        /** The Parent of an incoming X-Amzn-Trace-Id, when the caller is traced. */
        public Builder parentId(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder api(String restApiId, String apiName, String stage) {
            this.restApiId = restApiId;
            this.apiName = apiName;
            this.stage = stage;
            return this;
        }

        public Builder account(String region, String accountId) {
            this.region = region;
            this.accountId = accountId;
            return this;
        }

        public Builder requestId(String requestId, String extendedRequestId) {
            this.requestId = requestId;
            this.extendedRequestId = extendedRequestId;
            return this;
        }

        public Builder request(String method, String url, String clientIp, String userAgent) {
            this.method = method;
            this.url = url;
            this.clientIp = clientIp;
            this.userAgent = userAgent;
            return this;
        }

        public Builder response(int status, long contentLength) {
            this.status = status;
            this.contentLength = contentLength;
            return this;
        }

        public Builder times(Instant start, Instant end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public Builder samplingRuleName(String ruleName) {
            this.samplingRuleName = ruleName;
            return this;
        }

        public Builder lambdaIntegration(LambdaIntegration integration) {
            this.integration = integration;
            return this;
        }

        public SegmentDocument build() {
            check();
            ObjectNode json = Documents.entity(id, apiName + "/" + stage, start, end);
            json.put("trace_id", traceId);
            if (parentId != null) {
                json.put("parent_id", parentId);
            }
            json.set("http", http());
            ObjectNode aws = json.putObject("aws");
            if (samplingRuleName != null) {
                aws.putObject("xray").put("sampling_rule_name", samplingRuleName);
            }
            aws.putObject("api_gateway").put("account_id", accountId).put("rest_api_id", restApiId)
                    .put("stage", stage).put("request_id", requestId);
            json.putObject("annotations").put("aws:api_id", restApiId).put("aws:api_stage", stage);
            ObjectNode metadata = json.putObject("metadata").putObject("default");
            if (extendedRequestId != null) {
                metadata.put("extended_request_id", extendedRequestId);
            }
            metadata.put("request_id", requestId);
            json.put("origin", "AWS::ApiGateway::Stage");
            json.put("resource_arn", "arn:aws:apigateway:" + region + "::/restapis/" + restApiId + "/stages/" + stage);
            Documents.flagsFromStatus(json, status);
            if (integration != null) {
                json.putArray("subsegments").add(lambdaSubsegment());
            }
            return Documents.document(json);
        }

        private void check() {
            required(traceId, "traceId");
            required(id, "id");
            required(restApiId, "restApiId");
            required(apiName, "apiName");
            required(stage, "stage");
            required(region, "region");
            required(accountId, "accountId");
            required(requestId, "requestId");
            required(method, "method");
            required(url, "url");
            required(start, "start");
            required(end, "end");
            Documents.order(start, end, "start", "end");
            if (status < 100 || status > 599) {
                throw new IllegalStateException("response status " + status + " is not an HTTP status");
            }
        }

        private ObjectNode http() {
            ObjectNode http = dev.orderflow.localcloud.xray.internal.json.Json.object();
            ObjectNode request = http.putObject("request").put("url", url).put("method", method);
            if (userAgent != null) {
                request.put("user_agent", userAgent);
            }
            if (clientIp != null) {
                request.put("client_ip", clientIp).put("x_forwarded_for", true);
            }
            http.putObject("response").put("status", status).put("content_length", contentLength);
            return http;
        }

        private ObjectNode lambdaSubsegment() {
            LambdaIntegration call = integration;
            ObjectNode sub = Documents.entity(required(call.subsegmentId(), "subsegmentId"), "Lambda",
                    call.start(), call.end());
            ObjectNode http = sub.putObject("http");
            http.putObject("request").put("url", "https://lambda." + region + ".amazonaws.com/2015-03-31/functions/"
                    + call.functionArn() + "/invocations").put("method", "POST");
            http.putObject("response").put("status", call.status()).put("content_length", call.contentLength());
            sub.putObject("aws").put("function_name", call.functionName()).put("region", region)
                    .put("operation", "Invoke").putArray("resource_names").add(call.functionName());
            sub.put("namespace", "aws");
            Documents.flagsFromStatus(sub, call.status());
            return sub;
        }
    }
}
