package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** One DynamoDB operation: reads its request, writes its response object. */
interface Action {

    void run(JsonNode request, JsonGenerator out) throws IOException;
}
