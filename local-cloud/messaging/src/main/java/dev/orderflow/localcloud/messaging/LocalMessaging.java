package dev.orderflow.localcloud.messaging;

import dev.orderflow.localcloud.asyncinvocation.AsyncInvocations;
import dev.orderflow.localcloud.asyncinvocation.AsyncSettings;
import dev.orderflow.localcloud.edge.EdgeServer;
import dev.orderflow.localcloud.eventbridge.EventBridgeSettings;
import dev.orderflow.localcloud.eventbridge.LocalEventBridge;
import dev.orderflow.localcloud.eventbridge.RuleDefinition;
import dev.orderflow.localcloud.eventbridge.TargetDefinition;
import dev.orderflow.localcloud.lambda.LambdaService;
import dev.orderflow.localcloud.messaging.internal.Deliveries;
import dev.orderflow.localcloud.messaging.internal.TemplateFunctions;
import dev.orderflow.localcloud.messaging.internal.TemplateQueues;
import dev.orderflow.localcloud.messaging.internal.TemplateRules;
import dev.orderflow.localcloud.sqs.LocalSqs;
import dev.orderflow.localcloud.sqs.SqsSettings;
import dev.orderflow.localcloud.sqseventsource.EventSourceMappings;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The asynchronous half of a template, in one call: SQS (ElasticMQ) with the template's queues,
 * EventBridge with its buses and rules, Lambda's asynchronous invocation with each function's
 * EventInvokeConfig and DeadLetterQueue, and the SQS event source mappings; SQS and EventBridge
 * on the edge endpoint.
 *
 * <pre>{@code
 * LocalMessaging messaging = LocalMessaging.start(template, lambda, edge, settings); // before edge.start()
 * ...
 * messaging.close(); // before lambda.close(): work in flight needs its functions
 * }</pre>
 */
public final class LocalMessaging implements AutoCloseable {

    /** Resource types this wiring gives a local effect (for the launcher's coverage list; SAM makes an
     * AWS::Lambda::EventInvokeConfig of a function's EventInvokeConfig). */
    public static final Set<String> RESOURCE_TYPES = Set.of("AWS::SQS::Queue", "AWS::Events::EventBus", "AWS::Events::Rule",
            "AWS::Lambda::EventInvokeConfig");
    /** Function event types this wiring runs. */
    public static final Set<String> EVENT_TYPES = Set.of("EventBridgeRule", "Schedule", "SQS");

    private final Deque<AutoCloseable> started;
    private final List<String> warnings;

    private LocalMessaging(Deque<AutoCloseable> started, List<String> warnings) {
        this.started = started;
        this.warnings = List.copyOf(warnings);
    }

    public static LocalMessaging start(SamTemplate template, LambdaService lambda, EdgeServer edge, MessagingSettings settings) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        List<String> warnings = new ArrayList<>();
        try {
            LocalSqs sqs = LocalSqs.start(SqsSettings.builder().edgeUrl(edge.url()).region(template.settings().region())
                    .accountId(template.settings().accountId()).dataDirectory(settings.dataDirectory()).build());
            started.push(sqs);
            sqs.declare(TemplateQueues.declarations(template, settings.queueVisibilityTimeout()));
            edge.register(sqs.edgeService());
            Deliveries deliveries = new Deliveries(lambda, sqs.sender());

            AsyncInvocations async = AsyncInvocations.start(lambda, AsyncSettings.of(settings.asyncRetryDelay(),
                    settings.dataDirectory()), deliveries);
            for (FunctionDefinition function : template.functions()) {
                async.configure(function.name(), TemplateFunctions.invokeConfig(function, warnings::add));
            }
            lambda.asyncInvoker(async);
            started.push(async);
            edge.component("lambda-async", async::health);

            EventSourceMappings mappings = new EventSourceMappings(lambda, sqs.client(), template.settings().region());
            started.push(mappings);
            TemplateFunctions.sqsMappings(template, sqs.addresses()).forEach(mappings::add);
            edge.component("sqs-event-sources", mappings::health);

            LocalEventBridge eventBridge = LocalEventBridge.start(EventBridgeSettings.builder()
                    .region(template.settings().region()).accountId(template.settings().accountId())
                    .firstRetryDelay(min(settings.asyncRetryDelay(), Duration.ofSeconds(1)))
                    .deliverTwice(settings.deliverEventsTwice()).build(), deliveries, deliveries.deadLetters());
            started.push(eventBridge);
            TemplateRules.buses(template).forEach(eventBridge::createBus);
            for (RuleDefinition rule : TemplateRules.rules(template, warnings::add)) {
                rule.targets().stream().map(TargetDefinition::arn).filter(arn -> !Deliveries.supported(arn))
                        .forEach(arn -> warnings.add("rule " + rule.name() + ": target " + arn + " is not emulated"));
                eventBridge.putRule(rule);
            }
            edge.register(eventBridge.edgeService());
            return new LocalMessaging(started, warnings);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** What of the template's asynchronous part is accepted without a local effect. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Stops EventBridge's schedules, then the pollers (batches in flight finish and are deleted),
     * then asynchronous invocation (attempts in flight finish; waiting events stay in the data
     * directory), then the queues, which their failures may still need.
     */
    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("local cloud: stopping failed: " + e);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
