package dev.orderflow.consumers.outbox;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.orderflow.domain.Backend;
import dev.orderflow.domain.config.Env;
import dev.orderflow.domain.logging.AppLog;
import dev.orderflow.domain.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs on a schedule and publishes every event the outbox still holds after its grace period
 * ({@code OUTBOX_GRACE_SECONDS}, default 30): the events whose writer crashed or could not reach the
 * bus right after its transaction.
 */
public final class OutboxRelayFunction implements RequestHandler<ScheduledEvent, OutboxRelay.Report> {

    private static final AppLog LOG = AppLog.of(OutboxRelayFunction.class);

    private final OutboxRelay relay;
    private final Clock clock;

    /** Used by Lambda: clients and tables from the environment. */
    public OutboxRelayFunction() {
        this(Backend.fromEnvironment(Env.system(), true), grace(Env.system()));
    }

    public OutboxRelayFunction(Backend backend, Duration grace) {
        this.relay = new OutboxRelay(backend.outbox(), backend.publisher(), grace);
        this.clock = backend.clock();
    }

    @Override
    public OutboxRelay.Report handleRequest(ScheduledEvent event, Context context) {
        OutboxRelay.Report report = relay.relay(clock.instant());
        if (report.pending() > 0) {
            LOG.info("Outbox relayed", "pending", report.pending(), "published", report.published());
        }
        return report;
    }

    private static Duration grace(Env env) {
        return env.find("OUTBOX_GRACE_SECONDS").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .orElse(OutboxRelay.DEFAULT_GRACE);
    }
}
