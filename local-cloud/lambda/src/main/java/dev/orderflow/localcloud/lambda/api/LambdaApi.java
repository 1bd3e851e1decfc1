package dev.orderflow.localcloud.lambda.api;

import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.EdgeService;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.LambdaService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Lambda's REST API on the edge endpoint ({@code /2015-03-31/functions/...}), so that the AWS CLI
 * and SDK clients can invoke the local functions.
 */
public final class LambdaApi implements EdgeService {

    static final String PREFIX = "/2015-03-31/functions";

    private final InvokeAction invoke;
    private final ListFunctionsAction list;
    private final LambdaService lambda;

    public LambdaApi(LambdaService lambda) {
        this.lambda = lambda;
        this.invoke = new InvokeAction(lambda);
        this.list = new ListFunctionsAction(lambda);
    }

    @Override
    public String name() {
        return "lambda";
    }

    @Override
    public boolean handles(EdgeRequest request) {
        return request.target().isEmpty() && request.path().startsWith(PREFIX);
    }

    @Override
    public EdgeResponse handle(EdgeRequest request) {
        String rest = request.path().substring(PREFIX.length());
        if (request.method().equals("GET") && (rest.isEmpty() || rest.equals("/"))) {
            return list.handle();
        }
        if (request.method().equals("POST") && rest.startsWith("/") && rest.endsWith("/invocations")) {
            String name = URLDecoder.decode(rest.substring(1, rest.length() - "/invocations".length()), StandardCharsets.UTF_8);
            return invoke.handle(name, request);
        }
        return LambdaErrors.error(404, "UnknownOperationException",
                "The local Lambda API serves Invoke and ListFunctions, not " + request.method() + " " + request.path());
    }

    @Override
    public ServiceHealth health() {
        return lambda.health();
    }
}
