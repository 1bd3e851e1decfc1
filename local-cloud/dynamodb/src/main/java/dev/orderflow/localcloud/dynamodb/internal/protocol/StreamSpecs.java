package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.store.StreamSpec;
import dev.orderflow.localcloud.dynamodb.internal.store.TableDefinition;
import java.util.List;

/** The StreamSpecification of CreateTable and UpdateTable. */
final class StreamSpecs {

    private static final List<String> VIEWS = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");

    private StreamSpecs() {
    }

    /** The stream a CreateTable asks for, or null. */
    static StreamSpec read(JsonNode request, long nowMillis) {
        JsonNode spec = Requests.object(request, "StreamSpecification");
        if (spec == null || !Requests.flag(spec, "StreamEnabled")) {
            return null;
        }
        String view = Requests.text(spec, "StreamViewType");
        if (view == null) {
            throw DynamoDbError.validation("One or more parameter values were invalid: StreamViewType is required when StreamEnabled is true");
        }
        if (!VIEWS.contains(view)) {
            throw Requests.constraint(view, "streamSpecification.streamViewType",
                    "Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]");
        }
        return StreamSpec.enabled(view, nowMillis);
    }

    /** The definition after an UpdateTable's StreamSpecification (unchanged when it has none). */
    static TableDefinition update(TableDefinition definition, JsonNode request, long nowMillis) {
        JsonNode spec = Requests.object(request, "StreamSpecification");
        if (spec == null) {
            return definition;
        }
        boolean enable = Requests.flag(spec, "StreamEnabled");
        if (enable && definition.stream() != null) {
            throw DynamoDbError.validation("Table already has an enabled stream: TableName: " + definition.name());
        }
        if (!enable && definition.stream() == null) {
            throw DynamoDbError.validation("Stream is already disabled for table: " + definition.name());
        }
        return definition.withStream(enable ? read(request, nowMillis) : null);
    }
}
