package dev.orderflow.localcloud.sqseventsource.internal;

import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.sqseventsource.SqsMapping;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One of a mapping's pollers, as Lambda runs them: long-polls the queue, gathers a batch (up to
 * BatchSize, or until the batching window closes), invokes the function synchronously, and deletes
 * what was processed. Messages of a failed batch are left alone: they come back when their
 * visibility timeout ends, and the queue's RedrivePolicy moves them on after maxReceiveCount.
 */
public final class Poller implements Runnable {

    private static final int MAX_WAIT_SECONDS = 20;
    private static final long ERROR_PAUSE_MILLIS = 1_000;

    private final SqsMapping mapping;
    private final SqsClient sqs;
    private final LambdaService lambda;
    private final String region;
    private final LogSink log;
    private final Counters counters;
    private volatile boolean running = true;
    private volatile boolean busy;

    /** What the pollers of a mapping did, for health. */
    public record Counters(AtomicLong batches, AtomicLong deleted, AtomicLong failedBatches) {
        public Counters() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    public Poller(SqsMapping mapping, SqsClient sqs, LambdaService lambda, String region, Counters counters) {
        this.mapping = mapping;
        this.sqs = sqs;
        this.lambda = lambda;
        this.region = region;
        this.log = lambda.settings().logSink();
        this.counters = counters;
    }

    @Override
    public void run() {
        while (running) {
            try {
                List<Message> batch = collect();
                if (batch.isEmpty()) {
                    continue;
                }
                if (!running) {
                    release(batch);
                    return;
                }
                busy = true;
                try {
                    process(batch);
                } finally {
                    busy = false;
                }
            } catch (RuntimeException e) {
                // SQS not answering, the function gone or stopping: the messages come back by themselves.
                if (running) {
                    log.line(mapping.function(), "sqs-poller", "polling " + mapping.queueArn() + " failed: " + e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Long-polls for the first message, then fills the batch until BatchSize or the batching window's end. */
    private List<Message> collect() {
        List<Message> batch = new ArrayList<>(receive(MAX_WAIT_SECONDS, mapping.batchSize()));
        long windowEnd = System.currentTimeMillis() + mapping.batchingWindow().toMillis();
        while (running && !batch.isEmpty() && batch.size() < mapping.batchSize()) {
            long left = windowEnd - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            batch.addAll(receive((int) Math.min(MAX_WAIT_SECONDS, Math.max(1, left / 1000)), mapping.batchSize() - batch.size()));
        }
        return batch;
    }

    private List<Message> receive(int waitSeconds, int wanted) {
        return sqs.receiveMessage(r -> r.queueUrl(mapping.queueUrl()).waitTimeSeconds(waitSeconds)
                .maxNumberOfMessages(Math.min(10, wanted)).messageSystemAttributeNamesWithStrings("All")
                .messageAttributeNames("All")).messages();
    }

    private void process(List<Message> batch) {
        counters.batches().incrementAndGet();
        InvocationResult result = lambda.invoke(mapping.function(),
                Invocation.fromQueue(SqsEvents.event(batch, mapping.queueArn(), region), senders(batch)));
        if (!result.isSuccess()) {
            counters.failedBatches().incrementAndGet();
            return;
        }
        if (!mapping.reportBatchItemFailures()) {
            delete(batch);
            return;
        }
        Set<String> ids = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        Optional<Set<String>> failed = BatchResponse.failedIds(result.payload(), ids);
        if (failed.isEmpty()) {
            counters.failedBatches().incrementAndGet();
            log.line(mapping.function(), result.requestId(), "batchItemFailures is not valid; the whole batch returns to the queue");
            return;
        }
        delete(batch.stream().filter(message -> !failed.get().contains(message.messageId())).toList());
    }

    /**
     * The senders' trace headers: as on AWS, the invocation starts a new trace linked to them rather
     * than continuing one of them.
     */
    private static List<TraceHeader> senders(List<Message> batch) {
        return batch.stream()
                .map(message -> TraceHeader.parse(message.attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER)))
                .flatMap(Optional::stream)
                .toList();
    }

    private void delete(List<Message> processed) {
        for (int from = 0; from < processed.size(); from += 10) {
            List<Message> chunk = processed.subList(from, Math.min(processed.size(), from + 10));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).build());
            }
            counters.deleted().addAndGet(sqs.deleteMessageBatch(r -> r.queueUrl(mapping.queueUrl()).entries(entries))
                    .successful().size());
        }
    }

    /** Gives messages received while stopping straight back to the queue. */
    private void release(List<Message> batch) {
        for (int from = 0; from < batch.size(); from += 10) {
            List<Message> chunk = batch.subList(from, Math.min(batch.size(), from + 10));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).visibilityTimeout(0).build());
            }
            try {
                sqs.changeMessageVisibilityBatch(r -> r.queueUrl(mapping.queueUrl()).entries(entries));
            } catch (SdkException e) {
                return; // they come back by themselves when their visibility timeout ends
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(ERROR_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    public void stop() {
        running = false;
    }

    /** True while a batch is being processed (the invocation and the deletes). */
    public boolean busy() {
        return busy;
    }
}
