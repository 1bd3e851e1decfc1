package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Routes {@code DynamoDB_20120810.<Operation>} to its action and turns failures into DynamoDB errors. */
public final class Dispatcher {

    /** Status and JSON body of one response. */
    public record Result(int status, byte[] body) {
    }

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final String PREFIX = "DynamoDB_20120810.";
    private static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Action> actions = new HashMap<>();

    public Dispatcher(Database db) {
        TransactionTokens tokens = new TransactionTokens(db.clock());
        actions.put("CreateTable", new CreateTableAction(db));
        actions.put("DescribeTable", new DescribeTableAction(db));
        actions.put("ListTables", new ListTablesAction(db));
        actions.put("DeleteTable", new DeleteTableAction(db));
        actions.put("UpdateTable", new UpdateTableAction(db));
        actions.put("UpdateTimeToLive", new UpdateTimeToLiveAction(db));
        actions.put("DescribeTimeToLive", new DescribeTimeToLiveAction(db));
        actions.put("PutItem", new PutItemAction(db));
        actions.put("GetItem", new GetItemAction(db));
        actions.put("UpdateItem", new UpdateItemAction(db));
        actions.put("DeleteItem", new DeleteItemAction(db));
        actions.put("Query", new QueryAction(db));
        actions.put("Scan", new ScanAction(db));
        actions.put("BatchGetItem", new BatchGetItemAction(db));
        actions.put("BatchWriteItem", new BatchWriteItemAction(db));
        actions.put("TransactWriteItems", new TransactWriteItemsAction(db, tokens));
        actions.put("TransactGetItems", new TransactGetItemsAction(db));
        Map<String, Action> all = new HashMap<>();
        actions.forEach((name, action) -> all.put(PREFIX + name, action));
        all.put(STREAMS_PREFIX + "ListStreams", new ListStreamsAction(db.streams()));
        all.put(STREAMS_PREFIX + "DescribeStream", new DescribeStreamAction(db.streams()));
        all.put(STREAMS_PREFIX + "GetShardIterator", new GetShardIteratorAction(db.streams()));
        all.put(STREAMS_PREFIX + "GetRecords", new GetRecordsAction(db.streams()));
        actions.clear();
        actions.putAll(all);
    }

    public Result dispatch(String target, byte[] body) {
        Action action = target == null ? null : actions.get(target);
        try {
            if (action == null) {
                throw DynamoDbError.of("UnknownOperationException", "An unknown operation was requested: " + target);
            }
            JsonNode request = parse(body);
            return new Result(200, write(out -> action.run(request, out)));
        } catch (DynamoDbError e) {
            return new Result(e.status(), write(out -> writeError(out, e)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure serving " + target, e);
            DynamoDbError internal = DynamoDbError.internal("Internal server error");
            return new Result(500, write(out -> writeError(out, internal)));
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw DynamoDbError.serialization("Start of structure or map found where not expected.");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw DynamoDbError.serialization("Start of structure or map found where not expected.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw DynamoDbError.serialization("The request body could not be parsed as JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeError(JsonGenerator out, DynamoDbError e) throws IOException {
        out.writeStartObject();
        out.writeStringField("__type", typePrefix(e.errorType()) + e.errorType());
        out.writeStringField("message", e.getMessage());
        if (e.item() != null) {
            out.writeFieldName("Item");
            ValueCodec.writeItem(out, e.item());
        }
        if (e.reasons() != null) {
            out.writeArrayFieldStart("CancellationReasons");
            for (DynamoDbError.CancellationReason reason : e.reasons()) {
                out.writeStartObject();
                out.writeStringField("Code", reason.code());
                if (reason.message() != null) {
                    out.writeStringField("Message", reason.message());
                }
                if (reason.item() != null) {
                    out.writeFieldName("Item");
                    ValueCodec.writeItem(out, reason.item());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static String typePrefix(String type) {
        switch (type) {
            case "ValidationException": return "com.amazon.coral.validate#";
            case "SerializationException": case "UnknownOperationException": return "com.amazon.coral.service#";
            default: return "com.amazonaws.dynamodb.v20120810#";
        }
    }
}
