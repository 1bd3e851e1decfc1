package dev.orderflow.localcloud.asyncinvocation;

import dev.orderflow.localcloud.asyncinvocation.internal.InvocationRecords;
import dev.orderflow.localcloud.asyncinvocation.internal.Journal;
import dev.orderflow.localcloud.asyncinvocation.internal.PendingInvocation;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.Invocation;
import dev.orderflow.localcloud.lambda.InvocationResult;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.lambda.LogSink;
import dev.orderflow.localcloud.trace.TraceHeader;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntFunction;

/** One attempt of an asynchronous event, and what follows it: done, a retry later, or giving up. */
final class Attempts {

    /** How long an event waits when its function could not take it (the local Lambda stopping). */
    private static final long BUSY_WAIT_MILLIS = 1_000;

    interface Scheduler {
        void retryLater(PendingInvocation invocation, long delayMillis);
    }

    private final LambdaService lambda;
    private final Journal journal;
    private final Destinations destinations;
    private final Clock clock;
    private final Function<String, InvokeConfig> configs;
    private final IntFunction<Duration> retryWait;
    private final Scheduler scheduler;
    private final BooleanSupplier stopping;
    private final LogSink log;

    Attempts(LambdaService lambda, Journal journal, Destinations destinations, Clock clock,
            Function<String, InvokeConfig> configs, IntFunction<Duration> retryWait, Scheduler scheduler,
            BooleanSupplier stopping) {
        this.lambda = lambda;
        this.journal = journal;
        this.destinations = destinations;
        this.clock = clock;
        this.configs = configs;
        this.retryWait = retryWait;
        this.scheduler = scheduler;
        this.stopping = stopping;
        this.log = lambda.settings().logSink();
    }

    void run(PendingInvocation invocation) {
        Optional<FunctionConfig> function = lambda.function(invocation.function());
        if (stopping.getAsBoolean() || function.isEmpty()) {
            return;
        }
        InvokeConfig config = configs.apply(invocation.function());
        if (clock.millis() - invocation.receivedAt() > config.maximumEventAge().toMillis()) {
            giveUp(invocation, function.get(), config, "EventAgeExceeded");
            return;
        }
        InvocationResult result;
        try {
            result = lambda.invoke(invocation.function(), new Invocation(invocation.payload(),
                    TraceHeader.parse(invocation.traceHeader()).orElse(null), null, Invocation.WhenBusy.WAIT));
        } catch (IllegalStateException shutDown) {
            return;
        }
        if (result.status() == InvocationResult.Status.THROTTLED) {
            scheduler.retryLater(invocation, BUSY_WAIT_MILLIS);
        } else if (result.isSuccess()) {
            succeeded(invocation, function.get(), config, result);
        } else {
            failed(invocation, function.get(), config, result);
        }
    }

    private void succeeded(PendingInvocation invocation, FunctionConfig function, InvokeConfig config,
            InvocationResult result) {
        if (config.onSuccess() != null) {
            send(config.onSuccess(), InvocationRecords.record(invocation, function.arn(), "Success",
                    invocation.attempts() + 1, result.payload(), false, clock.instant()), Map.of(), invocation);
        }
        journal.remove(invocation);
    }

    private void failed(PendingInvocation invocation, FunctionConfig function, InvokeConfig config,
            InvocationResult result) {
        if (stopping.getAsBoolean() && "Runtime.ExitError".equals(result.errorType())) {
            return; // the environment was stopped under it: the event stays in the journal for the next run
        }
        if (invocation.attempts() < config.maximumRetryAttempts()) {
            Duration wait = retryWait.apply(invocation.attempts() + 1);
            PendingInvocation retry = invocation.failedAttempt(result.errorType(), result.payload(),
                    clock.millis() + wait.toMillis());
            journal.save(retry);
            log.line(function.name(), invocation.requestId(), "asynchronous invocation failed (" + result.errorType()
                    + "); retry " + retry.attempts() + " of " + config.maximumRetryAttempts() + " in " + wait.toMillis() + " ms");
            scheduler.retryLater(retry, wait.toMillis());
            return;
        }
        giveUp(invocation.failedAttempt(result.errorType(), result.payload(), 0), function, config, "RetriesExhausted");
    }

    private void giveUp(PendingInvocation invocation, FunctionConfig function, InvokeConfig config, String condition) {
        log.line(function.name(), invocation.requestId(), "asynchronous invocation given up (" + condition + ", "
                + invocation.attempts() + " attempts)" + (config.onFailure() == null ? "" : "; record to " + config.onFailure())
                + (config.deadLetterQueue() == null ? "" : "; event to " + config.deadLetterQueue()));
        if (config.onFailure() != null) {
            send(config.onFailure(), InvocationRecords.record(invocation, function.arn(), condition, invocation.attempts(),
                    invocation.lastError(), true, clock.instant()), Map.of(), invocation);
        }
        if (config.deadLetterQueue() != null) {
            send(config.deadLetterQueue(), new String(invocation.payload(), java.nio.charset.StandardCharsets.UTF_8),
                    InvocationRecords.deadLetterAttributes(invocation), invocation);
        }
        journal.remove(invocation);
    }

    private void send(String arn, String body, Map<String, Destinations.Attribute> attributes,
            PendingInvocation invocation) {
        try {
            destinations.send(arn, body, attributes, TraceHeader.parse(invocation.traceHeader()).orElse(null));
        } catch (RuntimeException e) {
            log.line(invocation.function(), invocation.requestId(), "could not send to destination " + arn + ": " + e);
        }
    }
}
