package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses {@code SET a = b + :c, d = if_not_exists(d, :e) REMOVE f ADD g :h DELETE i :j}. */
final class UpdateParser extends ConditionParser {

    private final List<UpdateExpression.SetAction> sets = new ArrayList<>();
    private final List<Path> removes = new ArrayList<>();
    private final List<UpdateExpression.ValueAction> adds = new ArrayList<>();
    private final List<UpdateExpression.ValueAction> deletes = new ArrayList<>();

    UpdateParser(String text, ExpressionContext context) {
        super(text, "UpdateExpression", context);
    }

    UpdateExpression parse() {
        if (tokens.atEnd()) {
            throw tokens.error("The expression can not be empty;");
        }
        Set<String> seen = new HashSet<>();
        while (!tokens.atEnd()) {
            Token clause = tokens.next();
            String name = clause.is(Token.Kind.IDENT) ? clause.text().toUpperCase(Locale.ROOT) : "";
            if (!Set.of("SET", "REMOVE", "ADD", "DELETE").contains(name)) {
                throw tokens.syntaxError(clause);
            }
            if (!seen.add(name)) {
                throw tokens.error("The \"" + name + "\" section can only be used once in an update expression;");
            }
            do {
                parseAction(name);
            } while (tokens.accept(Token.Kind.COMMA));
        }
        List<Path> all = new UpdateExpression(sets, removes, adds, deletes).paths();
        Projection.checkNoOverlap(all, tokens);
        return new UpdateExpression(sets, removes, adds, deletes);
    }

    private void parseAction(String clause) {
        Path path = parsePath();
        switch (clause) {
            case "SET":
                tokens.expect(Token.Kind.EQ);
                sets.add(new UpdateExpression.SetAction(path, parseSetValue()));
                break;
            case "REMOVE":
                removes.add(path);
                break;
            case "ADD":
                adds.add(new UpdateExpression.ValueAction(path, constant("ADD", true)));
                break;
            default:
                deletes.add(new UpdateExpression.ValueAction(path, constant("DELETE", false)));
        }
    }

    private Value constant(String action, boolean numbersAllowed) {
        Token t = tokens.expect(Token.Kind.VALUE_REF);
        Value value = context.value(t.text(), tokens);
        boolean isSet = value instanceof Value.SS || value instanceof Value.NS || value instanceof Value.BS;
        if (!isSet && !(numbersAllowed && value instanceof Value.N)) {
            throw tokens.error("Incorrect operand type for operator or function; operator: " + action
                    + ", operand type: " + value.type());
        }
        return value;
    }

    private Operand parseSetValue() {
        Operand left = parseSetOperand();
        if (tokens.peek().is(Token.Kind.PLUS) || tokens.peek().is(Token.Kind.MINUS)) {
            boolean plus = tokens.next().is(Token.Kind.PLUS);
            Operand right = parseSetOperand();
            return new Operand.Arithmetic(left, plus, right);
        }
        return left;
    }

    private Operand parseSetOperand() {
        Token t = tokens.peek();
        if (t.is(Token.Kind.IDENT) && tokens.peekAhead(1).is(Token.Kind.LPAREN)) {
            tokens.next();
            tokens.expect(Token.Kind.LPAREN);
            Operand first = parseSetOperand();
            tokens.expect(Token.Kind.COMMA);
            Operand second = parseSetOperand();
            tokens.expect(Token.Kind.RPAREN);
            switch (t.text()) {
                case "if_not_exists":
                    requirePath("if_not_exists", first);
                    return new Operand.IfNotExists(((Operand.PathOperand) first).path(), second);
                case "list_append":
                    return new Operand.ListAppend(first, second);
                default:
                    throw tokens.error("Invalid function name; function: " + t.text());
            }
        }
        if (t.is(Token.Kind.VALUE_REF)) {
            tokens.next();
            return new Operand.Constant(context.value(t.text(), tokens));
        }
        return new Operand.PathOperand(parsePath());
    }
}
