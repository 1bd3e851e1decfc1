package dev.orderflow.consumers.flow;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.orderflow.domain.api.Json;
import dev.orderflow.domain.events.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an event as published into the event a Lambda target receives: the EventBridge envelope,
 * deserialised by the same serializer the Java runtime uses.
 */
public final class BusDelivery {

    private static final PojoSerializer<ScheduledEvent> SERIALIZER =
            LambdaEventSerializers.serializerFor(ScheduledEvent.class, BusDelivery.class.getClassLoader());

    private BusDelivery() {
    }

    public static ScheduledEvent asDelivered(DomainEvent event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("version", "0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("detail-type", event.type().detailType());
        envelope.put("source", event.type().source());
        envelope.put("account", "123456789012");
        envelope.put("time", "2026-11-25T10:00:00Z");
        envelope.put("region", "us-east-1");
        envelope.put("resources", java.util.List.of());
        envelope.put("detail", Json.mapper().valueToTree(event.detail()));
        return SERIALIZER.fromJson(Json.write(envelope));
    }
}
