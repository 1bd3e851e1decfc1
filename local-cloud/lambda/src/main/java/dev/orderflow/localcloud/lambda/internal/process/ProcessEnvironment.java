package dev.orderflow.localcloud.lambda.internal.process;

import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import dev.orderflow.localcloud.lambda.internal.EnvironmentOutcome;
import dev.orderflow.localcloud.lambda.internal.ErrorDocuments;
import dev.orderflow.localcloud.lambda.internal.ExecutionEnvironment;
import dev.orderflow.localcloud.lambda.internal.FunctionFiles;
import dev.orderflow.localcloud.lambda.internal.InitOutcome;
import dev.orderflow.localcloud.lambda.internal.InvocationTask;
import dev.orderflow.localcloud.lambda.internal.LambdaVariables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An execution environment in a child JVM running the real Lambda runtime interface client
 * against this environment's own Runtime API. A timeout or a crash ends the process.
 */
public final class ProcessEnvironment implements ExecutionEnvironment {

    private final FunctionConfig function;
    private final RuntimeApiServer runtimeApi;
    private final Process process;
    private final EnvironmentLog log;
    private final List<OutputPump> pumps;
    private volatile boolean reusable = true;

    private ProcessEnvironment(FunctionConfig function, RuntimeApiServer runtimeApi, Process process, EnvironmentLog log,
            List<OutputPump> pumps) {
        this.function = function;
        this.runtimeApi = runtimeApi;
        this.process = process;
        this.log = log;
        this.pumps = pumps;
    }

    public static ProcessEnvironment start(FunctionConfig function, FunctionFiles files, EnvironmentLog log,
            LambdaSettings settings, List<Path> runtimeJars) {
        RuntimeApiServer runtimeApi = null;
        try {
            runtimeApi = RuntimeApiServer.start(function.name());
            Map<String, String> variables = LambdaVariables.of(function, settings, files);
            variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
            String wrapper = variables.get("AWS_LAMBDA_EXEC_WRAPPER");
            if (wrapper != null) {
                variables.put("AWS_LAMBDA_EXEC_WRAPPER", files.resolveOpt(wrapper).toString());
            }
            ProcessBuilder builder = new ProcessBuilder(ChildCommand.of(function, files, runtimeJars,
                    settings.javaHome(), wrapper)).directory(files.taskDirectory().toFile());
            builder.environment().clear();
            builder.environment().putAll(variables);
            Process process = builder.start();
            List<OutputPump> pumps = List.of(
                    OutputPump.start(process.getInputStream(), log, process::isAlive, function.name() + "-stdout"),
                    OutputPump.start(process.getErrorStream(), log, process::isAlive, function.name() + "-stderr"));
            return new ProcessEnvironment(function, runtimeApi, process, log, pumps);
        } catch (IOException e) {
            if (runtimeApi != null) {
                runtimeApi.close();
            }
            throw new UncheckedIOException("function " + function.name() + ": cannot start its runtime: " + e.getMessage(), e);
        }
    }

    @Override
    public InitOutcome awaitInit(Duration limit) {
        CompletableFuture<Object> first = CompletableFuture.anyOf(runtimeApi.initDone(), runtimeApi.initError(),
                process.onExit());
        try {
            first.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            destroy();
            return InitOutcome.timedOut(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy();
            return InitOutcome.interrupted();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (runtimeApi.initDone().isDone() && !runtimeApi.initError().isDone()) {
            return InitOutcome.succeeded();
        }
        destroy();
        byte[] error = runtimeApi.initError().getNow(null);
        if (error != null) {
            return InitOutcome.failed(error, ErrorDocuments.errorType(error, "Runtime.InitError"));
        }
        return InitOutcome.failed(ErrorDocuments.exited("init", "during init with error: exit status " + exitCode()),
                "Runtime.ExitError");
    }

    @Override
    public EnvironmentOutcome invoke(InvocationTask task) {
        log.running(task.requestId());
        long started = System.currentTimeMillis();
        CompletableFuture<EnvironmentOutcome> answer = runtimeApi.submit(task);
        try {
            CompletableFuture.anyOf(answer, process.onExit()).get(Math.max(1, task.deadlineEpochMillis() - started),
                    TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            destroy();
            return new EnvironmentOutcome(EnvironmentOutcome.Kind.TIMEOUT,
                    ErrorDocuments.timeout(task.requestId(), function.timeout()), "Sandbox.Timedout", null, started,
                    System.currentTimeMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (answer.isDone()) {
            return answer.join();
        }
        destroy();
        return new EnvironmentOutcome(EnvironmentOutcome.Kind.EXITED, ErrorDocuments.exited(task.requestId(),
                "with error: exit status " + exitCode()), "Runtime.ExitError", null, started, System.currentTimeMillis());
    }

    /** The child's output is read by other threads: its lines are logged before the invocation ends. */
    @Override
    public void settleOutput() {
        pumps.forEach(OutputPump::settle);
    }

    @Override
    public boolean reusable() {
        return reusable && process.isAlive();
    }

    /** VmHWM of the child: the most resident memory it ever used, as Lambda's REPORT line shows. */
    @Override
    public OptionalLong maxMemoryUsedMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private String exitCode() {
        return process.isAlive() ? "unknown" : Integer.toString(process.exitValue());
    }

    @Override
    public void destroy() {
        reusable = false;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runtimeApi.close();
    }
}
