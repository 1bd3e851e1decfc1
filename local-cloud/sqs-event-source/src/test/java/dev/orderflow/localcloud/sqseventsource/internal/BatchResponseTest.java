package dev.orderflow.localcloud.sqseventsource.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchResponseTest {

    private static final Set<String> BATCH = Set.of("m1", "m2");

    @Test
    void shouldCountEmptyAndNullAnswersAsSuccess() {
        assertThat(BatchResponse.failedIds(new byte[0], BATCH)).contains(Set.of());
        assertThat(BatchResponse.failedIds(bytes("null"), BATCH)).contains(Set.of());
        assertThat(BatchResponse.failedIds(bytes("{}"), BATCH)).contains(Set.of());
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":null}"), BATCH)).contains(Set.of());
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":[]}"), BATCH)).contains(Set.of());
    }

    @Test
    void shouldReturnTheListedMessages() {
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}"), BATCH))
                .contains(Set.of("m2"));
    }

    @Test
    void shouldFailTheWholeBatchOnAnAnswerLambdaCannotUse() {
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}"), BATCH)).isEmpty();
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":[{\"itemIdentifier\":\"m9\"}]}"), BATCH)).isEmpty();
        assertThat(BatchResponse.failedIds(bytes("{\"batchItemFailures\":\"m1\"}"), BATCH)).isEmpty();
        assertThat(BatchResponse.failedIds(bytes("\"ok\""), BATCH)).isEmpty();
        assertThat(BatchResponse.failedIds(bytes("{not json"), BATCH)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
