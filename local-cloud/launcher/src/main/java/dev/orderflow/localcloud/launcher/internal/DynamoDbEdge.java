package dev.orderflow.localcloud.launcher.internal;

import dev.orderflow.localcloud.dynamodb.DynamoDbProtocol;
import dev.orderflow.localcloud.dynamodb.DynamoDbResponse;
import dev.orderflow.localcloud.edge.EdgeRequest;
import dev.orderflow.localcloud.edge.EdgeResponse;
import dev.orderflow.localcloud.edge.EdgeService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DynamoDB on the edge: requests with a {@code DynamoDB_20120810.*} target go to the local engine in process. */
public final class DynamoDbEdge implements EdgeService {

    private final DynamoDbProtocol protocol;

    public DynamoDbEdge(DynamoDbProtocol protocol) {
        this.protocol = protocol;
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public boolean handles(EdgeRequest request) {
        return DynamoDbProtocol.handles(request.target());
    }

    @Override
    public EdgeResponse handle(EdgeRequest request) {
        DynamoDbResponse response = protocol.handle(request.target(), request.body());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return new EdgeResponse(response.statusCode(), headers, response.body());
    }
}
