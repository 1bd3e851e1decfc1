package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Numbers;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Something an expression evaluates against an item; null means "no such attribute". */
sealed interface Operand {

    Value eval(Map<String, Value> item);

    record PathOperand(Path path) implements Operand {
        public Value eval(Map<String, Value> item) {
            return path.get(item);
        }
    }

    record Constant(Value value) implements Operand {
        public Value eval(Map<String, Value> item) {
            return value;
        }
    }

    /** size(path): characters of a string, bytes of a binary, elements of a set, list or map. */
    record Size(Path path) implements Operand {
        public Value eval(Map<String, Value> item) {
            Value v = path.get(item);
            Integer size = null;
            if (v instanceof Value.S s) {
                size = s.value().codePointCount(0, s.value().length());
            } else if (v instanceof Value.B b) {
                size = b.value().length;
            } else if (v instanceof Value.SS ss) {
                size = ss.value().size();
            } else if (v instanceof Value.NS ns) {
                size = ns.value().size();
            } else if (v instanceof Value.BS bs) {
                size = bs.value().size();
            } else if (v instanceof Value.L l) {
                size = l.value().size();
            } else if (v instanceof Value.M m) {
                size = m.value().size();
            }
            return size == null ? null : new Value.N(BigDecimal.valueOf(size));
        }
    }

    /** if_not_exists(path, fallback), only in SET. */
    record IfNotExists(Path path, Operand fallback) implements Operand {
        public Value eval(Map<String, Value> item) {
            Value v = path.get(item);
            return v != null ? v : fallback.eval(item);
        }
    }

    /** list_append(a, b), only in SET. */
    record ListAppend(Operand left, Operand right) implements Operand {
        public Value eval(Map<String, Value> item) {
            Value a = required(left.eval(item));
            Value b = required(right.eval(item));
            if (!(a instanceof Value.L la) || !(b instanceof Value.L lb)) {
                throw DynamoDbError.validation("An operand in the update expression has an incorrect data type");
            }
            List<Value> joined = new ArrayList<>(la.value());
            joined.addAll(lb.value());
            return new Value.L(List.copyOf(joined));
        }
    }

    /** a + b or a - b, only in SET; both must be numbers. */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {
        public Value eval(Map<String, Value> item) {
            Value a = required(left.eval(item));
            Value b = required(right.eval(item));
            if (!(a instanceof Value.N na) || !(b instanceof Value.N nb)) {
                throw DynamoDbError.validation("An operand in the update expression has an incorrect data type");
            }
            return new Value.N(plus ? Numbers.add(na.value(), nb.value()) : Numbers.subtract(na.value(), nb.value()));
        }
    }

    private static Value required(Value v) {
        if (v == null) {
            throw DynamoDbError.validation("The provided expression refers to an attribute that does not exist in the item");
        }
        return v;
    }
}
