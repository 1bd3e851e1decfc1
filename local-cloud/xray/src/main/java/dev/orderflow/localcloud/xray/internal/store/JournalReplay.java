package dev.orderflow.localcloud.xray.internal.store;

import dev.orderflow.localcloud.xray.internal.segment.InvalidSegmentException;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

/** Loads the data directory into the store at start, then drops what has expired since. */
public final class JournalReplay {

    private static final Logger LOG = System.getLogger("dev.orderflow.localcloud.xray");

    private JournalReplay() {
    }

    public static void replay(SegmentJournal journal, SegmentParser parser, TraceStore store, Clock clock)
            throws IOException {
        int[] loaded = {0, 0};
        int unreadable = journal.replay((document, receivedAt) -> {
            try {
                store.add(parser.parse(document, receivedAt));
                loaded[0]++;
            } catch (InvalidSegmentException e) {
                loaded[1]++;
            }
        });
        int expired = store.expire(clock.millis());
        LOG.log(Level.INFO, "X-Ray data dir: {0} documents loaded, {1} traces expired, {2} unreadable lines skipped",
                loaded[0], expired, unreadable + loaded[1]);
    }
}
