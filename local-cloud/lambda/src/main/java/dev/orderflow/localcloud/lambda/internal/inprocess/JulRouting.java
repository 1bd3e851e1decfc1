package dev.orderflow.localcloud.lambda.internal.inprocess;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging is one per JVM, and its console handler is JDK code that the rewriting does not
 * reach: records logged by a function's thread (the X-Ray SDK logs this way) would reach the local
 * cloud's console unprefixed. This routes them to the environment's log, as the function's own
 * stderr would carry them in a process, and keeps them off the root console handlers.
 */
final class JulRouting extends Handler {

    private static boolean installed;

    private JulRouting() {
        setFormatter(new SimpleFormatter());
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            Filter existing = handler.getFilter();
            handler.setFilter(record -> environmentLoader() == null && (existing == null || existing.isLoggable(record)));
        }
        root.addHandler(new JulRouting());
        installed = true;
    }

    @Override
    public void publish(LogRecord record) {
        IsolatingClassLoader loader = environmentLoader();
        if (loader == null || !isLoggable(record)) {
            return;
        }
        for (String line : getFormatter().format(record).split("\\R")) {
            loader.log().line(line);
        }
    }

    private static IsolatingClassLoader environmentLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context instanceof IsolatingClassLoader ? (IsolatingClassLoader) context : null;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
