package dev.orderflow.localcloud.lambda;

import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.edge.ServiceHealth;
import dev.orderflow.localcloud.lambda.internal.EnvironmentFactory;
import dev.orderflow.localcloud.lambda.internal.FunctionFiles;
import dev.orderflow.localcloud.lambda.internal.FunctionPool;
import dev.orderflow.localcloud.lambda.internal.RuntimeJars;
import dev.orderflow.localcloud.lambda.internal.SingleAttemptAsyncInvoker;
import dev.orderflow.localcloud.lambda.internal.inprocess.InProcessEnvironment;
import dev.orderflow.localcloud.lambda.internal.process.ProcessEnvironment;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local Lambda service: the functions, their execution environments, synchronous and
 * asynchronous invocation. Functions start lazily: nothing runs until the first invocation.
 */
public final class LambdaService implements AutoCloseable {

    private final LambdaSettings settings;
    private final EnvironmentFactory factory;
    private final Map<String, FunctionPool> pools = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.factory("lambda-reaper"));
    private volatile AsyncInvoker asyncInvoker;

    private LambdaService(LambdaSettings settings) {
        this.settings = settings;
        Path runtimeDirectory = settings.workDirectory().resolve("runtime");
        List<Path> runtimeJars = RuntimeJars.unpack(runtimeDirectory);
        this.factory = settings.isolation() == Isolation.PROCESS
                ? (function, files, log) -> ProcessEnvironment.start(function, files, log, settings, runtimeJars)
                : (function, files, log) -> InProcessEnvironment.start(function, files, log, settings, runtimeJars);
        this.asyncInvoker = new SingleAttemptAsyncInvoker(this, settings.logSink());
        long period = Math.max(1, Math.min(30, settings.idleTimeout().toSeconds()));
        reaper.scheduleWithFixedDelay(this::reapIdle, period, period, TimeUnit.SECONDS);
    }

    public static LambdaService start(LambdaSettings settings) {
        return new LambdaService(settings);
    }

    /** Adds a function; {@code otherNames} (a template's logical id) also find it. */
    public void register(FunctionConfig function, String... otherNames) {
        FunctionFiles files = new FunctionFiles(function, settings.workDirectory().resolve("functions"),
                settings.workDirectory().resolve("runtime"));
        if (pools.putIfAbsent(function.name(), new FunctionPool(function, files, factory, settings.defaultConcurrency(),
                settings.listener(), settings.logSink())) != null) {
            throw new IllegalArgumentException("function " + function.name() + " is already registered");
        }
        aliases.put(function.arn(), function.name());
        for (String name : otherNames) {
            aliases.putIfAbsent(name, function.name());
        }
    }

    /** A function by name, ARN (with or without {@code :$LATEST}) or other registered name. */
    public Optional<FunctionConfig> function(String nameOrArn) {
        return pool(nameOrArn).map(FunctionPool::function);
    }

    public Collection<FunctionConfig> functions() {
        return pools.values().stream().map(FunctionPool::function).toList();
    }

    /** Runs the function and waits for its answer. */
    public InvocationResult invoke(String nameOrArn, Invocation invocation) {
        return pool(nameOrArn).orElseThrow(() -> new FunctionNotFoundException(nameOrArn)).invoke(invocation);
    }

    public AsyncInvoker asyncInvoker() {
        return asyncInvoker;
    }

    /** Replaces the asynchronous invocation (retries, destinations, DLQs); the old one is closed. */
    public void asyncInvoker(AsyncInvoker replacement) {
        AsyncInvoker old = this.asyncInvoker;
        this.asyncInvoker = replacement;
        old.close();
    }

    public LambdaSettings settings() {
        return settings;
    }

    public ServiceHealth health() {
        Map<String, Object> functions = new LinkedHashMap<>();
        pools.values().forEach(pool -> functions.put(pool.function().name(),
                Map.of("warm", pool.idleEnvironments(), "busy", pool.busyEnvironments())));
        return ServiceHealth.running(Map.of("isolation", settings.isolation().name().toLowerCase(java.util.Locale.ROOT),
                "functions", functions));
    }

    private Optional<FunctionPool> pool(String nameOrArn) {
        String key = nameOrArn.endsWith(":$LATEST") ? nameOrArn.substring(0, nameOrArn.length() - ":$LATEST".length())
                : nameOrArn;
        FunctionPool pool = pools.get(key);
        if (pool == null && aliases.containsKey(key)) {
            pool = pools.get(aliases.get(key));
        }
        return Optional.ofNullable(pool);
    }

    private void reapIdle() {
        pools.values().forEach(pool -> pool.reap(settings.idleTimeout()));
    }

    /** Stops every environment: no child process outlives the service. */
    @Override
    public void close() {
        reaper.shutdownNow();
        asyncInvoker.close();
        pools.values().forEach(FunctionPool::close);
    }
}
