package dev.orderflow.xray.internal;

import com.amazonaws.xray.entities.Subsegment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/** EventBridge {@code PutEvents}: a {@code TraceHeader} on every entry, buses and detail types on the subsegment. */
final class EventBridgeEntries {
    private EventBridgeEntries() {
    }

    static SdkRequest withTraceHeader(SdkRequest sdkRequest, String header, Subsegment call) {
        PutEventsRequest request = (PutEventsRequest) sdkRequest;
        Set<String> buses = new LinkedHashSet<>();
        Set<String> detailTypes = new LinkedHashSet<>();
        List<PutEventsRequestEntry> entries = new ArrayList<>(request.entries().size());
        for (PutEventsRequestEntry entry : request.entries()) {
            buses.add(entry.eventBusName() == null ? "default" : entry.eventBusName());
            if (entry.detailType() != null) {
                detailTypes.add(entry.detailType());
            }
            boolean alreadySet = entry.traceHeader() != null && !entry.traceHeader().isEmpty();
            entries.add(alreadySet ? entry : entry.toBuilder().traceHeader(header).build());
        }
        if (call.isSampled()) {
            call.putAws("event_bus_names", List.copyOf(buses));
            call.putAws("detail_types", List.copyOf(detailTypes));
        }
        return request.toBuilder().entries(entries).build();
    }
}
