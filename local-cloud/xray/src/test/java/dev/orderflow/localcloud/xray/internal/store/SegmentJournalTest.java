package dev.orderflow.localcloud.xray.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderflow.localcloud.xray.TestDocs;
import dev.orderflow.localcloud.xray.internal.segment.ParsedSegment;
import dev.orderflow.localcloud.xray.internal.segment.SegmentParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentJournalTest {

    @TempDir
    Path dir;

    private final SegmentParser parser = new SegmentParser(Duration.ofDays(30));

    private ParsedSegment doc(String name) throws Exception {
        ObjectNode json = TestDocs.segment(TestDocs.traceId(), TestDocs.id(), name, TestDocs.now(), TestDocs.now());
        // A pretty-printed document: its line breaks must not split the journal record.
        String pretty = TestDocs.text(json).replace(",", ",\n  ");
        return parser.parse(pretty.getBytes(StandardCharsets.UTF_8), 1234);
    }

    private List<String> replayNames(SegmentJournal journal) throws Exception {
        List<String> names = new ArrayList<>();
        journal.replay((document, received) -> {
            try {
                names.add(parser.parse(document, received).name() + "@" + received);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return names;
    }

    @Test
    void shouldReplayWhatWasAppendedAcrossReopening() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(dir)) {
            journal.append(doc("a"));
            journal.append(doc("b"));
        }
        try (SegmentJournal journal = SegmentJournal.open(dir)) {
            journal.append(doc("c"));
            journal.flush();
            assertThat(replayNames(journal)).containsExactly("a@1234", "b@1234", "c@1234");
        }
    }

    @Test
    void shouldSkipATruncatedLastLine() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(dir)) {
            journal.append(doc("a"));
        }
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        Files.writeString(file, "99 {\"trunc", java.nio.file.StandardOpenOption.APPEND);
        List<String> names = new ArrayList<>();
        int skipped;
        try (SegmentJournal journal = SegmentJournal.open(dir)) {
            skipped = journal.replay((document, received) -> {
                try {
                    names.add(parser.parse(document, received).name());
                } catch (Exception e) {
                    names.add("refused");
                }
            });
        }
        assertThat(skipped).isZero();
        assertThat(names).containsExactly("a", "refused");
    }

    @Test
    void shouldCompactToTheLiveDocumentsOnly() throws Exception {
        try (SegmentJournal journal = SegmentJournal.open(dir)) {
            for (int i = 0; i < 50; i++) {
                journal.append(doc("dead" + i));
            }
            ParsedSegment live = doc("live");
            journal.append(live);
            long before = journal.totalBytes();
            journal.compact(List.of(live));
            assertThat(journal.totalBytes()).isLessThan(before / 10);
            assertThat(replayNames(journal)).containsExactly("live@1234");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
