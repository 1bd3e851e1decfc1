package dev.orderflow.xray.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A piece of the layer's set-up, done once per execution environment: by the layer's init thread
 * or, when a caller needs the result before that thread got to it, by the caller itself (a task
 * already running elsewhere is waited for instead). A failure or an over-long wait gives null,
 * reported once: whatever needs the result then runs untraced.
 */
public final class InitTask<T> {
    private final String kind;
    private final String consequence;
    private final FutureTask<T> task;
    private volatile boolean gaveUp;

    /** {@code kind} names the problem in the layer's log; {@code consequence} says what a failure means. */
    public InitTask(String kind, String consequence, Callable<T> work) {
        this.kind = kind;
        this.consequence = consequence;
        this.task = new FutureTask<>(work);
    }

    /** Does the work on this thread, unless it is done or under way already. */
    public void run() {
        task.run();
    }

    /** The result, doing the work here if nobody started it; null if it failed or took longer than allowed. */
    public T get(long timeoutSeconds) {
        if (gaveUp && !task.isDone()) {
            return null;
        }
        task.run();
        try {
            return task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LayerLog.warnOnce(kind, consequence, e.getCause());
            return null;
        } catch (TimeoutException e) {
            gaveUp = true;
            LayerLog.warnOnce(kind, consequence + " (set-up still not done after " + timeoutSeconds + " s)", null);
            return null;
        }
    }
}
