package dev.orderflow.localcloud.lambda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.Json;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.LambdaService;

/** {@code ListFunctions}: the template's functions, one page. */
final class ListFunctionsAction {

    private final LambdaService lambda;

    ListFunctionsAction(LambdaService lambda) {
        this.lambda = lambda;
    }

    EdgeResponse handle() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode functions = body.putArray("Functions");
        for (FunctionConfig function : lambda.functions()) {
            ObjectNode node = functions.addObject();
            node.put("FunctionName", function.name());
            node.put("FunctionArn", function.arn());
            node.put("Runtime", function.runtime());
            node.put("Handler", function.handler());
            node.put("MemorySize", function.memoryMb());
            node.put("Timeout", function.timeout().toSeconds());
            node.put("Version", "$LATEST");
            node.put("PackageType", "Zip");
        }
        return EdgeResponse.json(200, body.toString());
    }
}
