package dev.orderflow.localcloud.sqs.internal;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.CreateQueueMetadata;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.concurrent.Await;
import scala.util.Either;

/**
 * ElasticMQ embedded: its actor system, queue manager and REST server (both SQS protocols) on a
 * loopback port of its own, with queue URLs that name the edge endpoint. With a data directory,
 * ElasticMQ's own H2 persistence keeps queues and messages (receive counts, visibility, trace
 * headers) between runs.
 */
public final class ElasticMq implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    // ElasticMQ's application.conf asks for DEBUG through SLF4J; the local cloud wants warnings only.
    private static final String PEKKO_SETTINGS = String.join("\n",
            "pekko.loglevel = WARNING",
            "pekko.stdout-loglevel = WARNING",
            "pekko.log-dead-letters = off",
            "pekko.log-dead-letters-during-shutdown = off",
            "pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off",
            "pekko.http.server.request-timeout = 21 s",
            "pekko.http.server.parsing.illegal-header-warnings = off");

    private final ActorSystem system;
    private final SQSRestServer server;
    private final InetSocketAddress address;

    private ElasticMq(ActorSystem system, SQSRestServer server, InetSocketAddress address) {
        this.system = system;
        this.server = server;
        this.address = address;
    }

    /**
     * @param visibleAddress the edge endpoint, which queue URLs name
     * @param dataDirectory where the H2 database lives, or null to keep everything in memory
     */
    public static ElasticMq start(String bindHost, NodeAddress visibleAddress, String region, String accountId,
            Path dataDirectory) {
        ClassLoader loader = ElasticMq.class.getClassLoader();
        Config config = ConfigFactory.parseString(PEKKO_SETTINGS).withFallback(ConfigFactory.load(loader));
        ActorSystem system = ActorSystem.create("local-sqs", config, loader);
        try {
            Option<ActorRef> persistence = dataDirectory == null ? Option.empty()
                    : Option.apply(system.actorOf(Props.create(SqlQueuePersistenceActor.class,
                            () -> new SqlQueuePersistenceActor(h2(dataDirectory), noBaseQueues()))));
            ActorRef manager = system.actorOf(Props.create(QueueManagerActor.class,
                    () -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, persistence)));
            if (persistence.isDefined()) {
                restore(persistence.get(), manager);
            }
            SQSRestServer server = SQSRestServerBuilder.withActorSystem(system)
                    .withQueueManagerActor(manager)
                    .withInterface(bindHost)
                    .withPort(0)
                    .withServerAddress(visibleAddress)
                    .withAWSRegion(region)
                    .withAWSAccountId(accountId)
                    .withSQSLimits(StrictSQSLimits$.MODULE$)
                    .start();
            return new ElasticMq(system, server, server.waitUntilStarted().localAddress());
        } catch (RuntimeException | Error e) {
            system.terminate();
            throw e;
        }
    }

    /** Queues come from the template through CreateQueue, not from ElasticMQ's configuration. */
    private static scala.collection.immutable.List<CreateQueueMetadata> noBaseQueues() {
        return scala.collection.immutable.List$.MODULE$.empty();
    }

    private static SqlQueuePersistenceConfig h2(Path dataDirectory) {
        String uri = "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("elasticmq").toString().replace('\\', '/');
        return new SqlQueuePersistenceConfig(true, "org.h2.Driver", uri, "", "", false);
    }

    /** Recreates the persisted queues and their messages before anything is served. */
    private static void restore(ActorRef persistence, ActorRef manager) {
        try {
            Object result = Await.result(Patterns.ask(persistence, new QueueEvent.Restore(manager),
                    START_TIMEOUT.toMillis()), scala.concurrent.duration.Duration.create(START_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS));
            if (result instanceof Either<?, ?> either && either.isLeft()) {
                throw new IllegalStateException("ElasticMQ could not restore its queues: " + either.left().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while restoring queues", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("ElasticMQ did not restore its queues within " + START_TIMEOUT, e);
        }
    }

    /** Where ElasticMQ's own HTTP server listens (loopback). */
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        // Long polls still open (event source pollers) are cut after a second instead of the
        // minute ElasticMQ's own stop waits: nothing they wait for is lost, as SQS keeps messages.
        try {
            Await.result(server.startFuture().flatMap(binding -> binding.terminate(
                    scala.concurrent.duration.Duration.create(1, TimeUnit.SECONDS)), system.dispatcher()),
                    scala.concurrent.duration.Duration.create(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            // Best effort: the actor system is terminated below either way.
        }
        try {
            Await.result(system.terminate(), scala.concurrent.duration.Duration.create(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
