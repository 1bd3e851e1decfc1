package dev.orderflow.localcloud.dynamodb.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.dynamodb.internal.expr.Condition;
import dev.orderflow.localcloud.dynamodb.internal.model.ItemSize;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueCodec;
import dev.orderflow.localcloud.dynamodb.internal.store.Key;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One page of a Query or Scan: reads items in order until Limit items are evaluated or 1 MB is
 * read, applies the filter after that (as DynamoDB does), and writes Items, Count, ScannedCount and
 * LastEvaluatedKey.
 */
final class Pages {

    static final int MAX_PAGE_BYTES = 1024 * 1024;

    private Pages() {
    }

    /**
     * @param entries items in read order
     * @param inRange for Query, the sort-key condition: entries before the first match are skipped,
     *                and reading stops at the first miss after a match (the range is contiguous)
     */
    static void write(JsonGenerator out, JsonNode request, ReadTarget target,
                      Iterable<Map.Entry<Key, Map<String, Value>>> entries, Predicate<Map<String, Value>> inRange,
                      Condition filter, int limit) throws IOException {
        respond(out, request, target, read(target, entries, inRange, filter, limit));
    }

    /** What one page read: the items kept by the filter, how many were read, and the last one read. */
    private record Page(List<Map<String, Value>> items, int scanned, int bytes, Map<String, Value> last, boolean more) {
    }

    private static Page read(ReadTarget target, Iterable<Map.Entry<Key, Map<String, Value>>> entries,
                             Predicate<Map<String, Value>> inRange, Condition filter, int limit) {
        List<Map<String, Value>> items = new ArrayList<>();
        int scanned = 0;
        int bytes = 0;
        boolean matched = false;
        Map<String, Value> last = null;
        Iterator<Map.Entry<Key, Map<String, Value>>> it = entries.iterator();
        while (it.hasNext() && scanned < limit && bytes < MAX_PAGE_BYTES) {
            Map<String, Value> item = it.next().getValue();
            if (!inRange.test(item)) {
                if (matched) {
                    break;
                }
                continue;
            }
            matched = true;
            scanned++;
            bytes += ItemSize.of(item);
            last = item;
            Map<String, Value> stored = target.stored(item);
            if (filter == null || filter.test(stored)) {
                items.add(stored);
            }
        }
        return new Page(items, scanned, bytes, last, last != null && (scanned >= limit || bytes >= MAX_PAGE_BYTES));
    }

    private static void respond(JsonGenerator out, JsonNode request, ReadTarget target, Page page) throws IOException {
        out.writeStartObject();
        if (!target.select.equals("COUNT")) {
            out.writeArrayFieldStart("Items");
            for (Map<String, Value> item : page.items()) {
                ValueCodec.writeItem(out, target.shown(item));
            }
            out.writeEndArray();
        }
        out.writeNumberField("Count", page.items().size());
        out.writeNumberField("ScannedCount", page.scanned());
        if (page.more()) {
            Responses.item(out, "LastEvaluatedKey", target.table.keyAttributes(target.index, page.last()));
        }
        Responses.capacity(out, request, target.table.definition().name(),
                Responses.readUnits(page.bytes(), Requests.flag(request, "ConsistentRead")));
        out.writeEndObject();
    }
}
