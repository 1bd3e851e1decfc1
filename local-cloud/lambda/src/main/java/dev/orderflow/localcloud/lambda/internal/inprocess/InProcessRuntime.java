package dev.orderflow.localcloud.lambda.internal.inprocess;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader;
import com.amazonaws.services.lambda.runtime.api.client.HandlerInfo;
import com.amazonaws.services.lambda.runtime.api.client.LambdaEnvironment;
import com.amazonaws.services.lambda.runtime.api.client.LambdaRequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.UserFault;
import com.amazonaws.services.lambda.runtime.api.client.logging.LambdaContextLogger;
import com.amazonaws.services.lambda.runtime.api.client.logging.StdOutLogSink;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.DtoSerializers;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.converters.LambdaErrorConverter;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.converters.XRayErrorCauseConverter;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.dto.InvocationRequest;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The runtime loop of the Lambda runtime interface client, minus the Runtime API: defined inside
 * each in-process environment's class loader, it loads the handler with the RIC's own
 * {@code EventHandlerLoader} (so input and output are serialised exactly as on Lambda) and reports
 * errors with the RIC's own converters. Its methods take and return only JDK types, because the
 * local cloud calls it across class loaders.
 */
public final class InProcessRuntime {

    private LambdaContextLogger logger;
    private LambdaRequestHandler handler;

    /** Loads and initialises the handler; returns null, or the init error document as the RIC reports it. */
    public byte[] init(String handlerName) {
        logger = new LambdaContextLogger(new StdOutLogSink(), LogLevel.fromString(LambdaEnvironment.LAMBDA_LOG_LEVEL),
                LogFormat.fromString(LambdaEnvironment.LAMBDA_LOG_FORMAT));
        ClassLoader loader = InProcessRuntime.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Field field = LambdaRuntime.class.getDeclaredField("logger");
            field.setAccessible(true);
            field.set(null, logger);
            // The RIC's serializers load event classes (joda-time, ...) through the customer class loader.
            // AWSLambda's static initialiser sets, JVM-wide, the TLS and DNS security properties Lambda sets.
            Field customerLoader = AWSLambda.class.getDeclaredField("customerClassLoader");
            customerLoader.setAccessible(true);
            customerLoader.set(null, loader);
            handler = findHandler(handlerName, loader);
            return null;
        } catch (UserFault fault) {
            logger.log(fault.reportableError(), logger.getLogFormat() == LogFormat.JSON ? LogLevel.ERROR : LogLevel.UNDEFINED);
            return DtoSerializers.serialize(LambdaErrorConverter.fromUserFault(fault));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the packed Lambda runtime is not the expected version", e);
        }
    }

    /** As the RIC's {@code AWSLambda.findRequestHandler}: some failures are fatal, others fail each invoke. */
    private static LambdaRequestHandler findHandler(String handlerName, ClassLoader loader) throws ReflectiveOperationException {
        HandlerInfo info;
        try {
            info = HandlerInfo.fromString(handlerName, loader);
        } catch (HandlerInfo.InvalidHandlerException e) {
            return new LambdaRequestHandler.UserFaultHandler(UserFault.makeUserFault("Invalid handler: `" + handlerName + "'"));
        } catch (ClassNotFoundException e) {
            return LambdaRequestHandler.classNotFound(e, HandlerInfo.className(handlerName));
        } catch (NoClassDefFoundError e) {
            return LambdaRequestHandler.initErrorHandler(e, HandlerInfo.className(handlerName));
        } catch (Throwable t) {
            Method fault = UserFault.class.getDeclaredMethod("makeInitErrorUserFault", Throwable.class, String.class);
            fault.setAccessible(true);
            throw (UserFault) fault.invoke(null, t, HandlerInfo.className(handlerName));
        }
        LambdaRequestHandler loaded = EventHandlerLoader.loadEventHandler(info);
        if (loaded instanceof LambdaRequestHandler.UserFaultHandler && ((LambdaRequestHandler.UserFaultHandler) loaded).fault.fatal) {
            throw ((LambdaRequestHandler.UserFaultHandler) loaded).fault;
        }
        return loaded;
    }

    /**
     * Runs one invocation. Returns {@code [Boolean success, byte[] payload, String errorType, String xrayErrorCause]}.
     */
    public Object[] invoke(String requestId, String traceHeader, String functionArn, long deadline, String clientContext,
            byte[] payload) {
        InvocationRequest request = new InvocationRequest();
        request.setId(requestId);
        request.setXrayTraceId(traceHeader);
        request.setInvokedFunctionArn(functionArn);
        request.setDeadlineTimeInMs(deadline);
        request.setClientContext(clientContext);
        request.setContent(payload);
        IsolatedSystem.setProperty(IsolatedSystem.TRACE_PROPERTY, traceHeader);
        try {
            byte[] response = handler.call(request).toByteArray();
            Thread.interrupted();
            return new Object[] {Boolean.TRUE, response, null, null};
        } catch (UserFault fault) {
            UserFault.filterStackTrace(fault);
            log(fault);
            return new Object[] {Boolean.FALSE, DtoSerializers.serialize(LambdaErrorConverter.fromUserFault(fault)),
                    fault.exception, null};
        } catch (Throwable t) {
            UserFault.filterStackTrace(t);
            log(UserFault.makeUserFault(t));
            return new Object[] {Boolean.FALSE, DtoSerializers.serialize(LambdaErrorConverter.fromThrowable(t)),
                    t.getClass().getName(), new String(DtoSerializers.serialize(XRayErrorCauseConverter.fromThrowable(t)),
                    java.nio.charset.StandardCharsets.UTF_8)};
        }
    }

    private void log(UserFault fault) {
        logger.log(fault.reportableError(), logger.getLogFormat() == LogFormat.JSON ? LogLevel.ERROR : LogLevel.UNDEFINED);
    }
}
