package dev.orderflow.localcloud.dynamodb;

import java.util.Map;

/**
 * One DynamoDB wire response: HTTP status, headers (Content-Type
 * {@code application/x-amz-json-1.0}, {@code x-amz-crc32}, {@code x-amzn-RequestId}) and body.
 */
public record DynamoDbResponse(int statusCode, Map<String, String> headers, byte[] body) {

    public DynamoDbResponse {
        headers = Map.copyOf(headers);
    }
}
