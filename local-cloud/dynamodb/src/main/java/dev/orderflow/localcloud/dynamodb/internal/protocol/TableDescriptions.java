package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.orderflow.localcloud.dynamodb.internal.store.IndexDefinition;
import dev.orderflow.localcloud.dynamodb.internal.store.KeySchema;
import dev.orderflow.localcloud.dynamodb.internal.store.Table;
import dev.orderflow.localcloud.dynamodb.internal.store.TableDefinition;
import java.io.IOException;
import java.util.Map;

/** Writes a TableDescription (CreateTable, DescribeTable, UpdateTable, DeleteTable). */
final class TableDescriptions {

    private TableDescriptions() {
    }

    static void write(JsonGenerator out, String field, Table table, String status) throws IOException {
        TableDefinition d = table.definition();
        out.writeObjectFieldStart(field);
        out.writeArrayFieldStart("AttributeDefinitions");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(d.attributeTypes()).entrySet()) {
            out.writeStartObject();
            out.writeStringField("AttributeName", e.getKey());
            out.writeStringField("AttributeType", e.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("TableName", d.name());
        keySchema(out, d.keys());
        out.writeStringField("TableStatus", status);
        out.writeNumberField("CreationDateTime", d.createdMillis() / 1000.0);
        throughput(out, d.readCapacity(), d.writeCapacity());
        out.writeNumberField("TableSizeBytes", table.sizeBytes());
        out.writeNumberField("ItemCount", table.itemCount());
        out.writeStringField("TableArn", d.arn());
        out.writeStringField("TableId", d.id());
        if (d.billingMode().equals("PAY_PER_REQUEST")) {
            out.writeObjectFieldStart("BillingModeSummary");
            out.writeStringField("BillingMode", "PAY_PER_REQUEST");
            out.writeNumberField("LastUpdateToPayPerRequestDateTime", d.createdMillis() / 1000.0);
            out.writeEndObject();
        }
        if (d.stream() != null) {
            out.writeObjectFieldStart("StreamSpecification");
            out.writeBooleanField("StreamEnabled", true);
            out.writeStringField("StreamViewType", d.stream().viewType());
            out.writeEndObject();
            out.writeStringField("LatestStreamLabel", d.stream().label());
            out.writeStringField("LatestStreamArn", d.stream().arn(d.name()));
        }
        indexes(out, table, true);
        indexes(out, table, false);
        out.writeBooleanField("DeletionProtectionEnabled", false);
        out.writeEndObject();
    }

    private static void indexes(JsonGenerator out, Table table, boolean global) throws IOException {
        TableDefinition d = table.definition();
        if (d.indexes().stream().noneMatch(i -> i.global() == global)) {
            return;
        }
        out.writeArrayFieldStart(global ? "GlobalSecondaryIndexes" : "LocalSecondaryIndexes");
        for (IndexDefinition index : d.indexes()) {
            if (index.global() != global) {
                continue;
            }
            out.writeStartObject();
            out.writeStringField("IndexName", index.name());
            keySchema(out, index.keys());
            out.writeObjectFieldStart("Projection");
            out.writeStringField("ProjectionType", index.projectionType());
            if (!index.nonKeyAttributes().isEmpty()) {
                out.writeArrayFieldStart("NonKeyAttributes");
                for (String name : index.nonKeyAttributes()) {
                    out.writeString(name);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
            if (global) {
                out.writeStringField("IndexStatus", "ACTIVE");
                throughput(out, index.readCapacity(), index.writeCapacity());
            }
            out.writeNumberField("IndexSizeBytes", 0);
            out.writeNumberField("ItemCount", table.indexItemCount(index.name()));
            out.writeStringField("IndexArn", d.arn() + "/index/" + index.name());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void keySchema(JsonGenerator out, KeySchema keys) throws IOException {
        out.writeArrayFieldStart("KeySchema");
        keyElement(out, keys.hashName(), "HASH");
        if (keys.hasRange()) {
            keyElement(out, keys.rangeName(), "RANGE");
        }
        out.writeEndArray();
    }

    private static void keyElement(JsonGenerator out, String name, String type) throws IOException {
        out.writeStartObject();
        out.writeStringField("AttributeName", name);
        out.writeStringField("KeyType", type);
        out.writeEndObject();
    }

    private static void throughput(JsonGenerator out, long read, long write) throws IOException {
        out.writeObjectFieldStart("ProvisionedThroughput");
        out.writeNumberField("NumberOfDecreasesToday", 0);
        out.writeNumberField("ReadCapacityUnits", read);
        out.writeNumberField("WriteCapacityUnits", write);
        out.writeEndObject();
    }
}
