package dev.orderflow.localcloud.eventbridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Targets that keep what they are given (and can refuse a number of times), and a dead-letter queue that does. */
final class RecordingTargets implements TargetInvoker, DeadLetterSender {

    record Delivered(String ruleArn, String targetId, JsonNode input, TraceHeader trace) {
    }

    record DeadLetter(String queueArn, JsonNode body, Map<String, String> attributes, TraceHeader trace) {
    }

    final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    private volatile int refusals;

    void refuse(int times) {
        refusals = times;
    }

    @Override
    public void deliver(String ruleArn, TargetDefinition target, String input, TraceHeader trace) {
        attempts.incrementAndGet();
        synchronized (this) {
            if (refusals > 0) {
                refusals--;
                throw new TargetDeliveryException("ResourceNotFoundException", "Function not found: " + target.arn());
            }
        }
        delivered.add(new Delivered(ruleArn, target.id(), parse(input), trace));
    }

    @Override
    public void send(String queueArn, String body, Map<String, String> attributes, TraceHeader trace) {
        deadLetters.add(new DeadLetter(queueArn, parse(body), attributes, trace));
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
