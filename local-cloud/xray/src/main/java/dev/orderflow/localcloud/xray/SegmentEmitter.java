package dev.orderflow.localcloud.xray;

/**
 * Where platform segments go: the built-in daemon ({@link LocalXRay#emitter()}) or another daemon
 * over UDP ({@link UdpSegmentEmitter}). Emitting never throws and never blocks a request.
 */
@FunctionalInterface
public interface SegmentEmitter {

    /** Sends one segment document; false when it was dropped (counted by the emitter or the daemon). */
    boolean emit(String document);
}
