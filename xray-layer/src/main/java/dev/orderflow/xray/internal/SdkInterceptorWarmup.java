package dev.orderflow.xray.internal;

/**
 * Builds one X-Ray SDK interceptor at init, off the function's thread, so that the JSON parsing of
 * its operation manifest is done before the function builds its clients. Skipped for a function
 * without the AWS SDK v2; never throws.
 */
public final class SdkInterceptorWarmup {
    private static final String SDK_INTERCEPTOR = "software.amazon.awssdk.core.interceptor.ExecutionInterceptor";

    private SdkInterceptorWarmup() {
    }

    public static void run() {
        try {
            Class.forName(SDK_INTERCEPTOR, false, Thread.currentThread().getContextClassLoader());
            Class.forName("com.amazonaws.xray.interceptors.TracingInterceptor").getConstructor().newInstance();
        } catch (ClassNotFoundException | LinkageError noSdk) {
            // the function does not use the AWS SDK v2: nothing to warm
        } catch (Exception e) {
            LayerLog.warnOnce("warmup", "could not prepare the X-Ray SDK interceptor at init", e);
        }
    }
}
