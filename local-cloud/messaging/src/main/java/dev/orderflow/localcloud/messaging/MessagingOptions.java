package dev.orderflow.localcloud.messaging;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The launcher's options for the asynchronous services: add with {@code @Mixin MessagingOptions messaging;}. */
public final class MessagingOptions {

    @Option(names = "--async-retry-delay", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Wait before a failed asynchronous invocation is retried; the second retry waits twice as long "
                    + "(AWS: about 1 and 2 minutes). Examples: 500ms, 2s, 1m (default: 1m)")
    Duration asyncRetryDelay = Duration.ofMinutes(1);

    @Option(names = "--deliver-events-twice",
            description = "At-least-once testing: EventBridge hands every event to every target twice")
    boolean deliverEventsTwice;

    @Option(names = "--queue-visibility-timeout", paramLabel = "<seconds>",
            description = "Override the VisibilityTimeout of every queue in the template (to see redelivery and redrive fast)")
    Integer queueVisibilityTimeout;

    /** The settings these options give, with the launcher's --data-dir (or null). */
    public MessagingSettings settings(Path dataDirectory) {
        return MessagingSettings.builder().asyncRetryDelay(asyncRetryDelay).deliverEventsTwice(deliverEventsTwice)
                .queueVisibilityTimeout(queueVisibilityTimeout).dataDirectory(dataDirectory).build();
    }

    /** picocli's converter for the duration forms {@link MessagingSettings#parseDuration} reads. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return MessagingSettings.parseDuration(value);
        }
    }
}
