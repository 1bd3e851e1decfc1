package dev.orderflow.localcloud.template;

import com.fasterxml.jackson.databind.JsonNode;

/** A DynamoDB table ({@code AWS::DynamoDB::Table} or {@code AWS::Serverless::SimpleTable}) and its resolved properties. */
public record TableDefinition(String logicalId, String type, String tableName, String arn, JsonNode properties) {
}
