package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.internal.filter.FilterException;
import dev.orderflow.localcloud.xray.internal.filter.TraceFilter;
import dev.orderflow.localcloud.xray.internal.json.Json;
import dev.orderflow.localcloud.xray.internal.query.TraceSummaryWriter;
import dev.orderflow.localcloud.xray.internal.query.TraceView;
import dev.orderflow.localcloud.xray.internal.store.StoredTrace;
import dev.orderflow.localcloud.xray.internal.store.TraceStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GetTraceSummaries: traces in the time range (by trace id time, last update or segment end),
 * filtered, newest first, a page at a time; the last page carries no NextToken.
 */
final class GetTraceSummariesAction implements Action {

    static final int PAGE_SIZE = 100;
    private static final Comparator<TraceView> NEWEST_FIRST =
            Comparator.comparingDouble(TraceView::start).reversed().thenComparing(TraceView::id);

    private final TraceStore store;
    private final Clock clock;

    GetTraceSummariesAction(TraceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private enum RangeType { TraceId, Event, Service }

    @Override
    public JsonNode handle(JsonNode request) throws ApiException {
        double start = Requests.timestamp(request, "StartTime");
        double end = Requests.timestamp(request, "EndTime");
        Requests.timeRange(start, end);
        RangeType rangeType = rangeType(request);
        TraceFilter filter = filter(request);
        String token = Requests.optionalText(request, "NextToken");
        PageToken after = token == null || token.isEmpty() ? null : PageToken.decode(token);

        List<TraceView> inRange = new ArrayList<>();
        for (StoredTrace trace : store.traces()) {
            TraceView view = TraceView.of(trace);
            if (inRange(view, rangeType, start, end)) {
                inRange.add(view);
            }
        }
        List<TraceView> matches = new ArrayList<>();
        for (TraceView view : inRange) {
            if (filter.test(view)) {
                matches.add(view);
            }
        }
        matches.sort(NEWEST_FIRST);
        return page(matches, after, rangeType, inRange.size(), end);
    }

    private ObjectNode page(List<TraceView> matches, PageToken after, RangeType rangeType, int processed, double end) {
        int from = 0;
        if (after != null) {
            while (from < matches.size() && !isAfter(matches.get(from), after)) {
                from++;
            }
        }
        int to = Math.min(matches.size(), from + PAGE_SIZE);
        ObjectNode result = Json.object();
        ArrayNode summaries = result.putArray("TraceSummaries");
        for (TraceView view : matches.subList(from, to)) {
            summaries.add(TraceSummaryWriter.summary(view, rangeType == RangeType.Event ? view.end() : null));
        }
        result.put("ApproximateTime", Json.seconds(Math.min(end, clock.millis() / 1000.0)));
        result.put("TracesProcessedCount", processed);
        if (to < matches.size()) {
            TraceView last = matches.get(to - 1);
            result.put("NextToken", new PageToken(last.start(), last.id()).encode());
        }
        return result;
    }

    private static boolean isAfter(TraceView view, PageToken token) {
        return view.start() < token.start() || (view.start() == token.start() && view.id().compareTo(token.traceId()) > 0);
    }

    private static boolean inRange(TraceView view, RangeType type, double start, double end) {
        switch (type) {
            case Event:
                return view.end() >= start && view.end() <= end;
            case Service:
                return view.anySegmentEndsWithin(start, end);
            default:
                long idSecond = view.trace().idEpochSecond();
                return idSecond >= Math.floor(start) && idSecond <= end;
        }
    }

    private static RangeType rangeType(JsonNode request) throws ApiException {
        String value = Requests.optionalText(request, "TimeRangeType");
        if (value == null) {
            return RangeType.TraceId;
        }
        try {
            return RangeType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("TimeRangeType must be TraceId, Event or Service, not " + value);
        }
    }

    private static TraceFilter filter(JsonNode request) throws ApiException {
        try {
            return TraceFilter.compile(Requests.optionalText(request, "FilterExpression"));
        } catch (FilterException e) {
            throw ApiException.invalid("FilterExpression: " + e.getMessage());
        }
    }
}
