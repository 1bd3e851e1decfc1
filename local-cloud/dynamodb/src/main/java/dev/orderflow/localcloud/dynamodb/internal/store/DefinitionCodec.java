package dev.orderflow.localcloud.dynamodb.internal.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A table definition as JSON, for the write-ahead log. */
final class DefinitionCodec {

    private DefinitionCodec() {
    }

    static void write(JsonGenerator out, TableDefinition d) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", d.name());
        out.writeStringField("id", d.id());
        writeKeys(out, "keys", d.keys());
        out.writeObjectFieldStart("types");
        for (Map.Entry<String, String> e : d.attributeTypes().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("indexes");
        for (IndexDefinition i : d.indexes()) {
            out.writeStartObject();
            out.writeStringField("name", i.name());
            out.writeBooleanField("global", i.global());
            writeKeys(out, "keys", i.keys());
            out.writeStringField("projection", i.projectionType());
            out.writeArrayFieldStart("nonKey");
            for (String n : i.nonKeyAttributes()) {
                out.writeString(n);
            }
            out.writeEndArray();
            out.writeNumberField("read", i.readCapacity());
            out.writeNumberField("write", i.writeCapacity());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("billing", d.billingMode());
        out.writeNumberField("read", d.readCapacity());
        out.writeNumberField("write", d.writeCapacity());
        out.writeNumberField("created", d.createdMillis());
        out.writeStringField("ttl", d.ttlAttribute());
        if (d.stream() != null) {
            out.writeObjectFieldStart("stream");
            out.writeStringField("view", d.stream().viewType());
            out.writeStringField("label", d.stream().label());
            out.writeNumberField("created", d.stream().createdMillis());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeKeys(JsonGenerator out, String field, KeySchema k) throws IOException {
        out.writeArrayFieldStart(field);
        out.writeString(k.hashName());
        out.writeString(k.hashType());
        out.writeString(k.rangeName());
        out.writeString(k.rangeType());
        out.writeEndArray();
    }

    static TableDefinition read(JsonNode n) {
        Map<String, String> types = new HashMap<>();
        n.get("types").properties().forEach(e -> types.put(e.getKey(), e.getValue().asText()));
        List<IndexDefinition> indexes = new ArrayList<>();
        for (JsonNode i : n.get("indexes")) {
            List<String> nonKey = new ArrayList<>();
            i.get("nonKey").forEach(x -> nonKey.add(x.asText()));
            indexes.add(new IndexDefinition(i.get("name").asText(), i.get("global").asBoolean(),
                    readKeys(i.get("keys")), i.get("projection").asText(), nonKey,
                    i.get("read").asLong(), i.get("write").asLong()));
        }
        return new TableDefinition(n.get("name").asText(), n.get("id").asText(), readKeys(n.get("keys")), types,
                indexes, n.get("billing").asText(), n.get("read").asLong(), n.get("write").asLong(),
                n.get("created").asLong(), text(n.get("ttl")), stream(n.get("stream")));
    }

    private static StreamSpec stream(JsonNode s) {
        return s == null || s.isNull() ? null
                : new StreamSpec(s.get("view").asText(), s.get("label").asText(), s.get("created").asLong());
    }

    private static KeySchema readKeys(JsonNode k) {
        return new KeySchema(k.get(0).asText(), k.get(1).asText(), text(k.get(2)), text(k.get(3)));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
