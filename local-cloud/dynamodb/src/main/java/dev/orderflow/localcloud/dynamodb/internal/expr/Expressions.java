package dev.orderflow.localcloud.dynamodb.internal.expr;

/** Entry points for parsing the condition-like expressions of a request (each parsed once). */
public final class Expressions {

    private Expressions() {
    }

    public static Condition condition(String text, ExpressionContext context) {
        return new ConditionParser(text, "ConditionExpression", context).parseWhole();
    }

    public static Condition filter(String text, ExpressionContext context) {
        return new ConditionParser(text, "FilterExpression", context).parseWhole();
    }

    /** A Query's filter, which may not name the key attributes of what is queried. */
    public static Condition queryFilter(String text, ExpressionContext context, KeyCondition.Schema keys) {
        Condition filter = filter(text, context);
        String key = firstKeyAttribute(filter, keys);
        if (key != null) {
            throw dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError.validation(
                    "Filter Expression can only contain non-primary key attributes: Primary key attribute: " + key);
        }
        return filter;
    }

    private static String firstKeyAttribute(Condition c, KeyCondition.Schema keys) {
        java.util.List<Operand> operands = new java.util.ArrayList<>();
        java.util.List<Condition> pending = new java.util.ArrayList<>(java.util.List.of(c));
        while (!pending.isEmpty()) {
            Condition next = pending.remove(pending.size() - 1);
            if (next instanceof Condition.And a) {
                pending.add(a.left());
                pending.add(a.right());
            } else if (next instanceof Condition.Or o) {
                pending.add(o.left());
                pending.add(o.right());
            } else if (next instanceof Condition.Not n) {
                pending.add(n.inner());
            } else if (next instanceof Condition.Compare cmp) {
                operands.add(cmp.left());
                operands.add(cmp.right());
            } else if (next instanceof Condition.Between b) {
                operands.addAll(java.util.List.of(b.value(), b.low(), b.high()));
            } else if (next instanceof Condition.In in) {
                operands.add(in.value());
                operands.addAll(in.candidates());
            } else if (next instanceof Condition.Function f) {
                operands.addAll(f.args());
            }
        }
        for (Operand operand : operands) {
            Path path = operand instanceof Operand.PathOperand p ? p.path() : operand instanceof Operand.Size s ? s.path() : null;
            if (path != null && (path.first().equals(keys.hashName()) || path.first().equals(keys.rangeName()))) {
                return path.first();
            }
        }
        return null;
    }

    public static KeyCondition keyCondition(String text, ExpressionContext context, KeyCondition.Schema schema) {
        ConditionParser parser = new ConditionParser(text, "KeyConditionExpression", context);
        return KeyCondition.of(parser.parseWhole(), schema, parser.tokens);
    }
}
