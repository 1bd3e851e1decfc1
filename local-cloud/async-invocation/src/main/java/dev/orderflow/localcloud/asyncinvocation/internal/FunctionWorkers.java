package dev.orderflow.localcloud.asyncinvocation.internal;

import dev.orderflow.localcloud.edge.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A function's internal queue and as many workers as it may run environments: an event waits here
 * until an environment is free (Lambda keeps throttled events rather than dropping them).
 */
public final class FunctionWorkers {

    private static final Logger LOG = Logger.getLogger(FunctionWorkers.class.getName());
    private static final PendingInvocation STOP = new PendingInvocation("stop", "stop", new byte[0], null, 0, 0, 0,
            null, null);

    private final BlockingQueue<PendingInvocation> ready = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    public FunctionWorkers(String function, int concurrency, Consumer<PendingInvocation> attempt) {
        for (int i = 0; i < Math.max(1, concurrency); i++) {
            Thread worker = DaemonThreads.factory("lambda-async-" + function).newThread(() -> work(attempt));
            workers.add(worker);
            worker.start();
        }
    }

    public void submit(PendingInvocation invocation) {
        ready.add(invocation);
    }

    public int waiting() {
        return ready.size();
    }

    private void work(Consumer<PendingInvocation> attempt) {
        while (true) {
            PendingInvocation next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == STOP) {
                return;
            }
            try {
                attempt.accept(next);
            } catch (RuntimeException e) {
                // The event stays in the journal (with a data directory, it runs again on the next start).
                LOG.log(Level.WARNING, "asynchronous event " + next.requestId() + " of " + next.function()
                        + " could not be handled", e);
            }
        }
    }

    /**
     * Lets running attempts finish (up to {@code grace}); events still waiting stay where the
     * journal keeps them.
     */
    public void stop(long graceMillis) {
        ready.clear();
        workers.forEach(worker -> ready.add(STOP));
        long deadline = System.currentTimeMillis() + graceMillis;
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.forEach(Thread::interrupt);
    }
}
