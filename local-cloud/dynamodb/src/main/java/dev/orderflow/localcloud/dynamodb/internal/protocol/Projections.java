package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.ExpressionContext;
import dev.orderflow.localcloud.dynamodb.internal.expr.Projection;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import java.util.ArrayList;
import java.util.List;

/** ProjectionExpression or the legacy AttributesToGet of a read request. */
final class Projections {

    private Projections() {
    }

    static Projection of(JsonNode request, ExpressionContext context) {
        String expression = Requests.text(request, "ProjectionExpression");
        JsonNode attributes = Requests.array(request, "AttributesToGet");
        if (expression != null && attributes != null && !attributes.isNull()) {
            throw DynamoDbError.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        }
        if (expression != null) {
            return Projection.parse(expression, context);
        }
        if (attributes != null && !attributes.isNull()) {
            List<String> names = new ArrayList<>();
            for (JsonNode attribute : attributes) {
                if (!attribute.isTextual()) {
                    throw Requests.wrongType("AttributesToGet", "a list of strings");
                }
                names.add(attribute.textValue());
            }
            return Projection.ofAttributes(names);
        }
        return null;
    }
}
