package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Numbers;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The ADD and DELETE actions: number addition, set union and set difference. */
final class SetArithmetic {

    private SetArithmetic() {
    }

    static Value add(Value current, Value operand) {
        if (current == null) {
            return operand;
        }
        if (current instanceof Value.N a && operand instanceof Value.N b) {
            return new Value.N(Numbers.add(a.value(), b.value()));
        }
        if (current instanceof Value.SS a && operand instanceof Value.SS b) {
            return new Value.SS(union(a.value(), b.value()));
        }
        if (current instanceof Value.NS a && operand instanceof Value.NS b) {
            return new Value.NS(union(a.value(), b.value()));
        }
        if (current instanceof Value.BS a && operand instanceof Value.BS b) {
            return new Value.BS(union(a.value(), b.value()));
        }
        throw UpdateExpression.incorrectType();
    }

    /** The set without the operand's members, or null when nothing is left. */
    static Value delete(Value current, Value operand) {
        if (current instanceof Value.SS a && operand instanceof Value.SS b) {
            Set<String> rest = minus(a.value(), b.value());
            return rest.isEmpty() ? null : new Value.SS(rest);
        }
        if (current instanceof Value.NS a && operand instanceof Value.NS b) {
            Set<java.math.BigDecimal> rest = minus(a.value(), b.value());
            return rest.isEmpty() ? null : new Value.NS(rest);
        }
        if (current instanceof Value.BS a && operand instanceof Value.BS b) {
            Set<Value.Bytes> rest = minus(a.value(), b.value());
            return rest.isEmpty() ? null : new Value.BS(rest);
        }
        throw UpdateExpression.incorrectType();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return Collections.unmodifiableSet(out);
    }

    private static <T> Set<T> minus(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.removeAll(b);
        return Collections.unmodifiableSet(out);
    }
}
