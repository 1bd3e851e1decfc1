package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A parsed condition (ConditionExpression, FilterExpression, KeyConditionExpression). */
public sealed interface Condition {

    boolean test(Map<String, Value> item);

    /**
     * A comparison: {@code =, <>, <, <=, >, >=}. A missing operand makes it false, except that
     * {@code <>} holds between a missing attribute and a value (as the moto emulator has it; not
     * checked against DynamoDB itself).
     */
    record Compare(Token.Kind op, Operand left, Operand right) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value a = left.eval(item);
            Value b = right.eval(item);
            if (a == null || b == null) {
                return op == Token.Kind.NE && (a != null || b != null);
            }
            switch (op) {
                case EQ: return a.equals(b);
                case NE: return !a.equals(b);
                default:
                    if (!ValueOrder.comparable(a, b)) {
                        return false;
                    }
                    int c = ValueOrder.compare(a, b);
                    return op == Token.Kind.LT ? c < 0 : op == Token.Kind.LE ? c <= 0 : op == Token.Kind.GT ? c > 0 : c >= 0;
            }
        }
    }

    record Between(Operand value, Operand low, Operand high) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value v = value.eval(item);
            Value lo = low.eval(item);
            Value hi = high.eval(item);
            return ValueOrder.comparable(v, lo) && ValueOrder.comparable(v, hi)
                    && ValueOrder.compare(v, lo) >= 0 && ValueOrder.compare(v, hi) <= 0;
        }
    }

    record In(Operand value, List<Operand> candidates) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value v = value.eval(item);
            if (v == null) {
                return false;
            }
            for (Operand candidate : candidates) {
                if (v.equals(candidate.eval(item))) {
                    return true;
                }
            }
            return false;
        }
    }

    record And(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, Value> item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        public boolean test(Map<String, Value> item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Condition inner) implements Condition {
        public boolean test(Map<String, Value> item) {
            return !inner.test(item);
        }
    }

    /** attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    record Function(String name, List<Operand> args) implements Condition {
        public boolean test(Map<String, Value> item) {
            Value first = args.get(0).eval(item);
            switch (name) {
                case "attribute_exists": return first != null;
                case "attribute_not_exists": return first == null;
                case "attribute_type":
                    return first != null && args.get(1).eval(item) instanceof Value.S t && first.type().equals(t.value());
                case "begins_with": return beginsWith(first, args.get(1).eval(item));
                default: return contains(first, args.get(1).eval(item));
            }
        }

        static boolean beginsWith(Value value, Value prefix) {
            if (value instanceof Value.S s && prefix instanceof Value.S p) {
                return s.value().startsWith(p.value());
            }
            if (value instanceof Value.B b && prefix instanceof Value.B p) {
                return b.value().length >= p.value().length
                        && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
            }
            return false;
        }

        private static boolean contains(Value container, Value member) {
            if (container == null || member == null) {
                return false;
            }
            if (container instanceof Value.S s) {
                return member instanceof Value.S m && s.value().contains(m.value());
            }
            if (container instanceof Value.SS ss) {
                return member instanceof Value.S m && ss.value().contains(m.value());
            }
            if (container instanceof Value.NS ns) {
                return member instanceof Value.N m && ns.value().contains(m.value());
            }
            if (container instanceof Value.BS bs) {
                return member instanceof Value.B m && bs.value().contains(new Value.Bytes(m.value()));
            }
            if (container instanceof Value.L l) {
                return l.value().contains(member);
            }
            return false;
        }
    }
}
