package dev.orderflow.localcloud.sqs.internal;

import dev.orderflow.localcloud.sqs.QueueAddresses;
import dev.orderflow.localcloud.sqs.QueueDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Creates declared queues, dead-letter targets first (SQS refuses a RedrivePolicy naming a queue
 * that does not exist). A queue kept from an earlier run gets the declared attributes.
 */
public final class QueueCreator {

    /** Attributes SetQueueAttributes accepts on ElasticMQ; the others only exist at creation. */
    private static final Set<String> UPDATABLE = Set.of("VisibilityTimeout", "DelaySeconds",
            "ReceiveMessageWaitTimeSeconds", "RedrivePolicy");

    private final SqsClient sqs;
    private final QueueAddresses addresses;

    public QueueCreator(SqsClient sqs, QueueAddresses addresses) {
        this.sqs = sqs;
        this.addresses = addresses;
    }

    public void create(List<QueueDeclaration> declarations) {
        for (QueueDeclaration queue : inDependencyOrder(declarations)) {
            try {
                sqs.createQueue(CreateQueueRequest.builder().queueName(queue.name())
                        .attributesWithStrings(queue.attributes()).build());
            } catch (QueueNameExistsException e) {
                update(queue);
            } catch (SqsException e) {
                if (e.awsErrorDetails() != null && e.awsErrorDetails().errorCode().contains("QueueAlreadyExists")) {
                    update(queue);
                } else {
                    throw new IllegalStateException("queue " + queue.name() + " cannot be created: "
                            + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage()), e);
                }
            }
        }
    }

    private void update(QueueDeclaration queue) {
        Map<String, String> updatable = new LinkedHashMap<>();
        queue.attributes().forEach((name, value) -> {
            if (UPDATABLE.contains(name)) {
                updatable.put(name, value);
            }
        });
        if (!updatable.isEmpty()) {
            sqs.setQueueAttributes(SetQueueAttributesRequest.builder().queueUrl(addresses.url(queue.name()))
                    .attributesWithStrings(updatable).build());
        }
    }

    private List<QueueDeclaration> inDependencyOrder(List<QueueDeclaration> declarations) {
        Map<String, QueueDeclaration> pending = new LinkedHashMap<>();
        declarations.forEach(queue -> pending.put(queue.name(), queue));
        List<QueueDeclaration> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            QueueDeclaration ready = pending.values().stream()
                    .filter(queue -> queue.redriveTarget().flatMap(QueueAddresses::nameOfArn)
                            .map(target -> !pending.containsKey(target) || target.equals(queue.name())).orElse(true))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("queues " + pending.keySet()
                            + " name each other as dead-letter queues"));
            ordered.add(ready);
            pending.remove(ready.name());
        }
        return ordered;
    }
}
