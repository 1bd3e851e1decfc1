package dev.orderflow.localcloud.xray.internal.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.segment.Outcome;

/** Counts, response times and time span of the visits to a node or the calls over an edge. */
final class Stats {

    private long ok;
    private long throttles;
    private long otherErrors;
    private long faults;
    private double totalResponseTime;
    private double start = Double.POSITIVE_INFINITY;
    private double end = Double.NEGATIVE_INFINITY;
    final Histogram responseTimes = new Histogram();

    void add(Outcome outcome, double responseTime, double from, double to) {
        if (outcome.fault()) {
            faults++;
        } else if (outcome.throttle()) {
            throttles++;
        } else if (outcome.error()) {
            otherErrors++;
        } else {
            ok++;
        }
        totalResponseTime += responseTime;
        responseTimes.add(responseTime);
        start = Math.min(start, from);
        end = Math.max(end, to);
    }

    /** 0 before anything was added. */
    double start() {
        return Double.isInfinite(start) ? 0 : start;
    }

    double end() {
        return Double.isInfinite(end) ? 0 : end;
    }

    /** EdgeStatistics and ServiceStatistics have the same members. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("OkCount", ok);
        json.putObject("ErrorStatistics")
                .put("ThrottleCount", throttles)
                .put("OtherCount", otherErrors)
                .put("TotalCount", throttles + otherErrors);
        json.putObject("FaultStatistics")
                .put("OtherCount", faults)
                .put("TotalCount", faults);
        json.put("TotalCount", ok + throttles + otherErrors + faults);
        json.put("TotalResponseTime", Json.seconds(totalResponseTime));
        return json;
    }
}
