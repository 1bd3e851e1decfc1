package dev.orderflow.localcloud.asyncinvocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Destinations that keep what they are sent. */
final class RecordingDestinations implements Destinations {

    record Sent(String arn, JsonNode body, Map<String, Attribute> attributes, TraceHeader trace) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String destinationArn, String body, Map<String, Attribute> attributes, TraceHeader trace) {
        try {
            sent.add(new Sent(destinationArn, new ObjectMapper().readTree(body), attributes, trace));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Sent> to(String arn) {
        return sent.stream().filter(s -> s.arn().equals(arn)).toList();
    }

    List<Sent> await(String arn, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (to(arn).size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return to(arn);
    }
}
