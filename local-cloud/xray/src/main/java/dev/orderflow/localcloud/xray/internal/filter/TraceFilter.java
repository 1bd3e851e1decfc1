package dev.orderflow.localcloud.xray.internal.filter;

import dev.orderflow.localcloud.xray.internal.query.TraceView;

/** A compiled filter expression. */
@FunctionalInterface
public interface TraceFilter {

    TraceFilter ALL = trace -> true;

    boolean test(TraceView trace);

    /** Compiles a FilterExpression; null or blank matches every trace. */
    static TraceFilter compile(String expression) throws FilterException {
        if (expression == null || expression.isBlank()) {
            return ALL;
        }
        return new FilterParser(FilterLexer.tokens(expression)).parse();
    }
}
