package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import dev.orderflow.localcloud.dynamodb.internal.model.ValueOrder;
import java.util.ArrayList;
import java.util.List;

/** A KeyConditionExpression reduced to what a Query needs: the partition value and a sort-key range. */
public record KeyCondition(Value hash, RangeOp op, Value low, Value high) {

    public enum RangeOp { NONE, EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /** The key attributes of the table or index being queried, with their types (S, N or B). */
    public record Schema(String hashName, String hashType, String rangeName, String rangeType) {
    }

    public boolean matchesRange(Value v) {
        if (op == RangeOp.NONE) {
            return true;
        }
        if (v == null || !ValueOrder.comparable(v, low)) {
            return false;
        }
        int c = ValueOrder.compare(v, low);
        switch (op) {
            case EQ: return c == 0;
            case LT: return c < 0;
            case LE: return c <= 0;
            case GT: return c > 0;
            case GE: return c >= 0;
            case BETWEEN: return c >= 0 && ValueOrder.compare(v, high) <= 0;
            default: return Condition.Function.beginsWith(v, low);
        }
    }

    static KeyCondition of(Condition condition, Schema schema, TokenStream tokens) {
        List<Condition> parts = new ArrayList<>();
        flatten(condition, parts, tokens);
        Value hash = null;
        KeyCondition range = null;
        for (Condition part : parts) {
            String attribute = keyAttribute(part, tokens);
            if (attribute.equals(schema.hashName())) {
                if (hash != null) {
                    throw tokens.error("KeyConditionExpressions must only contain one condition per key");
                }
                if (!(part instanceof Condition.Compare c) || c.op() != Token.Kind.EQ) {
                    throw DynamoDbError.validation("Query key condition not supported");
                }
                hash = constant(c.right(), schema.hashType());
            } else if (attribute.equals(schema.rangeName())) {
                if (range != null) {
                    throw tokens.error("KeyConditionExpressions must only contain one condition per key");
                }
                range = rangeCondition(part, schema.rangeType(), tokens);
            } else {
                throw DynamoDbError.validation("Query condition missed key schema element: " + schema.hashName());
            }
        }
        if (hash == null) {
            throw DynamoDbError.validation("Query condition missed key schema element: " + schema.hashName());
        }
        return range == null ? new KeyCondition(hash, RangeOp.NONE, null, null)
                : new KeyCondition(hash, range.op, range.low, range.high);
    }

    private static void flatten(Condition condition, List<Condition> out, TokenStream tokens) {
        if (condition instanceof Condition.And and) {
            flatten(and.left(), out, tokens);
            flatten(and.right(), out, tokens);
        } else if (condition instanceof Condition.Or) {
            throw tokens.error("Invalid operator used in KeyConditionExpression: OR");
        } else if (condition instanceof Condition.Not) {
            throw tokens.error("Invalid operator used in KeyConditionExpression: NOT");
        } else if (condition instanceof Condition.In) {
            throw tokens.error("Invalid operator used in KeyConditionExpression: IN");
        } else {
            out.add(condition);
        }
    }

    private static String keyAttribute(Condition part, TokenStream tokens) {
        Operand left;
        if (part instanceof Condition.Compare c) {
            left = c.left();
        } else if (part instanceof Condition.Between b) {
            left = b.value();
        } else {
            Condition.Function f = (Condition.Function) part;
            if (!f.name().equals("begins_with")) {
                throw tokens.error("Invalid operator used in KeyConditionExpression: " + f.name());
            }
            left = f.args().get(0);
        }
        if (!(left instanceof Operand.PathOperand p)) {
            throw tokens.error("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
        }
        if (!p.path().isTopLevel()) {
            throw tokens.error("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        return p.path().first();
    }

    private static KeyCondition rangeCondition(Condition part, String type, TokenStream tokens) {
        if (part instanceof Condition.Between b) {
            return new KeyCondition(null, RangeOp.BETWEEN, constant(b.low(), type), constant(b.high(), type));
        }
        if (part instanceof Condition.Function f) {
            Value prefix = constant(f.args().get(1), type);
            if (prefix instanceof Value.N) {
                throw tokens.error("Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
            }
            return new KeyCondition(null, RangeOp.BEGINS_WITH, prefix, null);
        }
        Condition.Compare c = (Condition.Compare) part;
        RangeOp op;
        switch (c.op()) {
            case EQ: op = RangeOp.EQ; break;
            case LT: op = RangeOp.LT; break;
            case LE: op = RangeOp.LE; break;
            case GT: op = RangeOp.GT; break;
            case GE: op = RangeOp.GE; break;
            default: throw DynamoDbError.validation("Unsupported operator on KeyConditionExpression: operator: <>");
        }
        return new KeyCondition(null, op, constant(c.right(), type), null);
    }

    private static Value constant(Operand operand, String type) {
        if (!(operand instanceof Operand.Constant c)) {
            throw DynamoDbError.validation("Invalid KeyConditionExpression: Multiple attribute names used in one condition");
        }
        if (!c.value().type().equals(type)) {
            throw DynamoDbError.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        return c.value();
    }
}
