package dev.orderflow.localcloud.xray.internal.segment;

/** The error flags of a segment or subsegment: {@code error} (4xx), {@code throttle} (429), {@code fault} (5xx). */
public record Outcome(boolean error, boolean throttle, boolean fault) {

    public static final Outcome OK = new Outcome(false, false, false);

    public boolean ok() {
        return !error && !throttle && !fault;
    }
}
