package dev.orderflow.localcloud.xray.internal.sampling;

/** A fixed number of samples per second. */
final class Reservoir {

    private final int perSecond;
    private long second = Long.MIN_VALUE;
    private int taken;

    Reservoir(int perSecond) {
        this.perSecond = perSecond;
    }

    synchronized boolean take(long epochSecond) {
        if (epochSecond != second) {
            second = epochSecond;
            taken = 0;
        }
        if (taken < perSecond) {
            taken++;
            return true;
        }
        return false;
    }
}
