package dev.orderflow.localcloud.lambda.internal;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationListener;
import dev.orderflow.localcloud.lambda.InvocationListener.InvocationRecord;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.InvocationResult.Status;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Semaphore;

/**
 * The execution environments of one function: one invocation at a time each, created on demand
 * (a cold start) up to the concurrency limit, reused while warm (most recently used first), reaped
 * when idle, destroyed after a timeout or crash.
 */
public final class FunctionPool {

    /** Lambda's init phase limit; the invoke that waits for it also has the function's timeout. */
    private static final Duration INIT_LIMIT = Duration.ofSeconds(10);

    private final FunctionConfig function;
    private final FunctionFiles files;
    private final EnvironmentFactory factory;
    private final InvocationListener listener;
    private final LogSink logSink;
    private final Semaphore permits;
    private final boolean reserved;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private final Set<ExecutionEnvironment> live = ConcurrentHashMap.newKeySet();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean closed;

    public FunctionPool(FunctionConfig function, FunctionFiles files, EnvironmentFactory factory, int defaultLimit,
            InvocationListener listener, LogSink logSink) {
        this.function = function;
        this.files = files;
        this.factory = factory;
        this.listener = listener;
        this.logSink = logSink;
        this.reserved = function.reservedConcurrency().isPresent();
        this.permits = new Semaphore(function.reservedConcurrency().orElse(defaultLimit), true);
    }

    public FunctionConfig function() {
        return function;
    }

    public InvocationResult invoke(Invocation invocation) {
        long receivedAt = System.currentTimeMillis();
        String requestId = UUID.randomUUID().toString();
        if (!acquire(invocation.whenBusy())) {
            return new InvocationResult(requestId, Status.THROTTLED, ErrorDocuments.document("TooManyRequestsException",
                    "Rate Exceeded."), "TooManyRequestsException", null, Duration.ZERO, null);
        }
        busy.incrementAndGet();
        try {
            TraceHeader trace = listener.functionTrace(function, requestId, invocation);
            return run(invocation, requestId, trace, receivedAt);
        } finally {
            busy.decrementAndGet();
            permits.release();
        }
    }

    private boolean acquire(Invocation.WhenBusy whenBusy) {
        if (closed) {
            throw new IllegalStateException("function " + function.name() + " is shut down");
        }
        if (reserved && whenBusy == Invocation.WhenBusy.THROTTLE_IF_RESERVED) {
            return permits.tryAcquire();
        }
        try {
            permits.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private InvocationResult run(Invocation invocation, String requestId, TraceHeader trace, long receivedAt) {
        Idle warm = idle.pollFirst();
        ExecutionEnvironment environment = warm == null ? null : warm.environment;
        long initStart = 0;
        long initEnd = 0;
        if (environment == null) {
            initStart = System.currentTimeMillis();
            EnvironmentLog log = new EnvironmentLog(function.name(), logSink);
            InitOutcome init;
            try {
                environment = factory.create(function, files.prepare(), log);
                live.add(environment);
                init = environment.awaitInit(INIT_LIMIT.plus(function.timeout()));
            } catch (RuntimeException e) {
                init = InitOutcome.failed(ErrorDocuments.document("Runtime.InvalidEntrypoint", e.getMessage()),
                        "Runtime.InvalidEntrypoint");
                log.line("cannot start an execution environment: " + e.getMessage());
            }
            initEnd = System.currentTimeMillis();
            if (!init.ready()) {
                if (environment != null) {
                    destroy(environment);
                }
                logSink.line(function.name(), requestId, "INIT_REPORT Init Duration: " + (initEnd - initStart)
                        + " ms Phase: init Status: error Error Type: " + init.errorType());
                InvocationResult failed = new InvocationResult(requestId, Status.FUNCTION_ERROR, init.errorPayload(),
                        init.errorType(), Duration.ofMillis(initEnd - initStart), Duration.ZERO, trace.toString());
                listener.invoked(function, new InvocationRecord(failed, trace, receivedAt, initStart, initEnd, initEnd, initEnd));
                return failed;
            }
        }
        logSink.line(function.name(), requestId, "START RequestId: " + requestId + " Version: $LATEST");
        long deadline = System.currentTimeMillis() + function.timeout().toMillis();
        EnvironmentOutcome outcome = environment.invoke(new InvocationTask(requestId, invocation.payload(),
                trace.toString(), deadline, function.arn(), invocation.clientContext()));
        InvocationResult result = result(requestId, outcome, trace, initStart, initEnd);
        environment.settleOutput();
        report(requestId, outcome, result, environment);
        if (outcome.keepsEnvironment() && environment.reusable() && !closed) {
            idle.addFirst(new Idle(environment, System.currentTimeMillis()));
        } else {
            destroy(environment);
        }
        listener.invoked(function, new InvocationRecord(result, trace, receivedAt, initStart, initEnd,
                outcome.startedAt(), outcome.endedAt()));
        return result;
    }

    private InvocationResult result(String requestId, EnvironmentOutcome outcome, TraceHeader trace, long initStart,
            long initEnd) {
        Duration init = initStart == 0 ? null : Duration.ofMillis(initEnd - initStart);
        Duration duration = Duration.ofMillis(Math.max(0, outcome.endedAt() - outcome.startedAt()));
        Status status = outcome.kind() == EnvironmentOutcome.Kind.SUCCESS ? Status.SUCCESS : Status.FUNCTION_ERROR;
        return new InvocationResult(requestId, status, outcome.payload(), outcome.errorType(), init, duration,
                trace.toString());
    }

    private void report(String requestId, EnvironmentOutcome outcome, InvocationResult result,
            ExecutionEnvironment environment) {
        logSink.line(function.name(), requestId, "END RequestId: " + requestId);
        StringBuilder report = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(result.duration().toMillis()).append(" ms")
                .append("\tBilled Duration: ").append(Math.max(1, result.duration().toMillis())).append(" ms")
                .append("\tMemory Size: ").append(function.memoryMb()).append(" MB");
        environment.maxMemoryUsedMb().ifPresent(mb -> report.append("\tMax Memory Used: ").append(mb).append(" MB"));
        result.init().ifPresent(init -> report.append("\tInit Duration: ").append(init.toMillis()).append(" ms"));
        if (outcome.kind() != EnvironmentOutcome.Kind.SUCCESS) {
            report.append("\tStatus: ").append(outcome.kind() == EnvironmentOutcome.Kind.TIMEOUT ? "timeout" : "error")
                    .append("\tError Type: ").append(outcome.errorType());
        }
        logSink.line(function.name(), requestId, report.toString());
    }

    /** Destroys environments idle for longer than {@code maxIdle}; returns how many. */
    public int reap(Duration maxIdle) {
        long cutoff = System.currentTimeMillis() - maxIdle.toMillis();
        int reaped = 0;
        for (Idle candidate : List.copyOf(idle)) {
            if (candidate.since < cutoff && idle.remove(candidate)) {
                destroy(candidate.environment);
                reaped++;
            }
        }
        return reaped;
    }

    public int idleEnvironments() {
        return idle.size();
    }

    /** Invocations running right now. */
    public int busyEnvironments() {
        return busy.get();
    }

    /** Ends every environment, idle or busy: an invocation still running gets Runtime.ExitError. */
    public void close() {
        closed = true;
        idle.clear();
        List<ExecutionEnvironment> all = new ArrayList<>(live);
        all.forEach(this::destroy);
    }

    private void destroy(ExecutionEnvironment environment) {
        live.remove(environment);
        environment.destroy();
    }

    private record Idle(ExecutionEnvironment environment, long since) {
    }
}
