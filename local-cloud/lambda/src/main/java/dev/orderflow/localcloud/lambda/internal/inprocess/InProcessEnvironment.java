package dev.orderflow.localcloud.lambda.internal.inprocess;

import dev.orderflow.localcloud.edge.DaemonThreads;
import dev.orderflow.localcloud.lambda.FunctionConfig;
import dev.orderflow.localcloud.lambda.LambdaSettings;
import dev.orderflow.localcloud.lambda.internal.EnvironmentLog;
import dev.orderflow.localcloud.lambda.internal.EnvironmentOutcome;
import dev.orderflow.localcloud.lambda.internal.EnvironmentOutcome.Kind;
import dev.orderflow.localcloud.lambda.internal.ErrorDocuments;
import dev.orderflow.localcloud.lambda.internal.ExecutionEnvironment;
import dev.orderflow.localcloud.lambda.internal.FunctionFiles;
import dev.orderflow.localcloud.lambda.internal.InitOutcome;
import dev.orderflow.localcloud.lambda.internal.InvocationTask;
import dev.orderflow.localcloud.lambda.internal.LambdaVariables;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An execution environment in the local cloud's own JVM: an isolated class loader with its own
 * environment variables, output and trace header, and one thread that runs init and every
 * invocation, as the runtime's main thread does. A timeout abandons the environment (its thread
 * is interrupted; Java cannot kill it) and never reuses it.
 */
public final class InProcessEnvironment implements ExecutionEnvironment {

    private final FunctionConfig function;
    private final EnvironmentLog log;
    private final IsolatingClassLoader loader;
    private final ExecutorService thread;
    private final Class<?> isolatedSystem;
    private final Future<byte[]> init;
    private volatile Object runtime;
    private volatile boolean reusable = true;

    private InProcessEnvironment(FunctionConfig function, EnvironmentLog log, IsolatingClassLoader loader, String handler)
            throws Exception {
        this.function = function;
        this.log = log;
        this.loader = loader;
        this.isolatedSystem = loader.loadClass(IsolatedSystem.class.getName());
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = DaemonThreads.factory("lambda-" + function.name()).newThread(runnable);
            worker.setContextClassLoader(loader);
            return worker;
        });
        this.init = thread.submit(() -> {
            Object created = loader.loadClass(InProcessRuntime.class.getName()).getConstructor().newInstance();
            byte[] error = (byte[]) created.getClass().getMethod("init", String.class).invoke(created, handler);
            runtime = created;
            return error;
        });
    }

    public static InProcessEnvironment start(FunctionConfig function, FunctionFiles files, EnvironmentLog log,
            LambdaSettings settings, List<Path> runtimeJars) {
        Map<String, String> variables = LambdaVariables.of(function, settings, files);
        String handler = function.handler();
        String wrapper = variables.get("AWS_LAMBDA_EXEC_WRAPPER");
        if (wrapper != null) {
            ExecWrapperProbe.Result wrapped = ExecWrapperProbe.run(files.resolveOpt(wrapper), variables, handler,
                    settings.javaHome());
            handler = wrapped.handler();
            variables = wrapped.environment();
        }
        List<Path> classPath = new ArrayList<>(runtimeJars);
        classPath.addAll(files.classPath());
        JulRouting.install();
        IsolatingClassLoader loader = new IsolatingClassLoader("lambda-" + function.name(), classPath, log);
        try {
            Class<?> system = loader.loadClass(IsolatedSystem.class.getName());
            system.getField("environment").set(null, Map.copyOf(variables));
            system.getField("out").set(null, new PrintStream(new LineOutputStream(log), true, StandardCharsets.UTF_8));
            system.getField("err").set(null, new PrintStream(new LineOutputStream(log), true, StandardCharsets.UTF_8));
            return new InProcessEnvironment(function, log, loader, handler);
        } catch (Exception e) {
            close(loader);
            throw new IllegalStateException("function " + function.name() + ": cannot create its environment: " + e, e);
        }
    }

    @Override
    public InitOutcome awaitInit(Duration limit) {
        try {
            byte[] error = init.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return error == null ? InitOutcome.succeeded()
                    : InitOutcome.failed(error, ErrorDocuments.errorType(error, "Runtime.InitError"));
        } catch (TimeoutException e) {
            destroy();
            return InitOutcome.timedOut(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy();
            return InitOutcome.interrupted();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof InvocationTargetException ? e.getCause().getCause() : e.getCause();
            return InitOutcome.failed(ErrorDocuments.document("Runtime.InitError", String.valueOf(cause)), "Runtime.InitError");
        }
    }

    @Override
    public EnvironmentOutcome invoke(InvocationTask task) {
        log.running(task.requestId());
        long started = System.currentTimeMillis();
        Future<Object[]> call = thread.submit(() -> call(task));
        Object[] answer;
        try {
            answer = call.get(Math.max(1, task.deadlineEpochMillis() - started), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            destroy();
            return new EnvironmentOutcome(Kind.TIMEOUT, ErrorDocuments.timeout(task.requestId(), function.timeout()),
                    "Sandbox.Timedout", null, started, System.currentTimeMillis());
        } catch (InterruptedException | ExecutionException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            destroy();
            return exited(task, started, "with error: " + e);
        }
        long ended = System.currentTimeMillis();
        int exitStatus = exitStatus();
        if (exitStatus >= 0) {
            destroy();
            return exited(task, started, "with error: exit status " + exitStatus);
        }
        boolean success = (Boolean) answer[0];
        return new EnvironmentOutcome(success ? Kind.SUCCESS : Kind.ERROR, (byte[]) answer[1], (String) answer[2],
                (String) answer[3], started, ended);
    }

    private Object[] call(InvocationTask task) throws ReflectiveOperationException {
        Method invoke = runtime.getClass().getMethod("invoke", String.class, String.class, String.class, long.class,
                String.class, byte[].class);
        return (Object[]) invoke.invoke(runtime, task.requestId(), task.traceHeader(), task.invokedFunctionArn(),
                task.deadlineEpochMillis(), task.clientContext(), task.payload());
    }

    private EnvironmentOutcome exited(InvocationTask task, long started, String detail) {
        return new EnvironmentOutcome(Kind.EXITED, ErrorDocuments.exited(task.requestId(), detail), "Runtime.ExitError",
                null, started, System.currentTimeMillis());
    }

    private int exitStatus() {
        try {
            return isolatedSystem.getField("exitStatus").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean reusable() {
        return reusable;
    }

    @Override
    public void destroy() {
        reusable = false;
        thread.shutdownNow();
        close(loader);
    }

    private static void close(IsolatingClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the environment is gone either way; an open jar handle is all that can remain
        }
    }
}
