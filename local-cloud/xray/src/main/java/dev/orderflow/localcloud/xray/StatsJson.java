package dev.orderflow.localcloud.xray;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;

/** The health document of {@code GET /health}. */
final class StatsJson {

    private StatsJson() {
    }

    static ObjectNode of(DaemonStats stats) {
        return Json.object()
                .put("status", "ok")
                .put("datagrams", stats.datagrams())
                .put("malformedDatagrams", stats.malformedDatagrams())
                .put("queueOverflows", stats.queueOverflows())
                .put("accepted", stats.accepted())
                .put("rejected", stats.rejected())
                .put("traceLimitDrops", stats.traceLimitDrops())
                .put("journalErrors", stats.journalErrors())
                .put("dropped", stats.dropped())
                .put("queued", stats.queued())
                .put("traces", stats.traces())
                .put("bytes", stats.bytes())
                .put("evictedTraces", stats.evictedTraces());
    }
}
