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

    public static KeyCondition keyCondition(String text, ExpressionContext context, KeyCondition.Schema schema) {
        ConditionParser parser = new ConditionParser(text, "KeyConditionExpression", context);
        return KeyCondition.of(parser.parseWhole(), schema, parser.tokens);
    }
}
