package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for conditions, operands and document paths, with DynamoDB's
 * precedence: comparisons, IN, BETWEEN and functions bind tightest, then NOT, AND, OR.
 */
class ConditionParser {

    private static final Set<String> TYPE_NAMES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");
    private static final int MAX_IN_OPERANDS = 100;

    final TokenStream tokens;
    final ExpressionContext context;

    ConditionParser(String text, String kind, ExpressionContext context) {
        this.tokens = new TokenStream(text, kind);
        this.context = context;
    }

    /** Parses a whole condition expression. */
    Condition parseWhole() {
        if (tokens.atEnd()) {
            throw tokens.error("The expression can not be empty;");
        }
        Condition condition = parseOr();
        if (!tokens.atEnd()) {
            throw tokens.syntaxError(tokens.peek());
        }
        return condition;
    }

    private Condition parseOr() {
        Condition left = parseAnd();
        while (tokens.peek().isKeyword("OR")) {
            tokens.next();
            left = new Condition.Or(left, parseAnd());
        }
        return left;
    }

    private Condition parseAnd() {
        Condition left = parseNot();
        while (tokens.peek().isKeyword("AND")) {
            tokens.next();
            left = new Condition.And(left, parseNot());
        }
        return left;
    }

    private Condition parseNot() {
        if (tokens.peek().isKeyword("NOT")) {
            tokens.next();
            return new Condition.Not(parseNot());
        }
        return parsePrimary();
    }

    private Condition parsePrimary() {
        if (tokens.accept(Token.Kind.LPAREN)) {
            Condition inner = parseOr();
            tokens.expect(Token.Kind.RPAREN);
            return inner;
        }
        Token start = tokens.peek();
        if (start.is(Token.Kind.IDENT) && tokens.peekAhead(1).is(Token.Kind.LPAREN) && !start.text().equals("size")) {
            return parseFunction(tokens.next());
        }
        Operand left = parseOperand();
        Token op = tokens.next();
        switch (op.kind()) {
            case EQ: case NE: case LT: case LE: case GT: case GE:
                return new Condition.Compare(op.kind(), left, parseOperand());
            default:
                if (op.isKeyword("BETWEEN")) {
                    Operand low = parseOperand();
                    if (!tokens.next().isKeyword("AND")) {
                        throw tokens.syntaxError(op);
                    }
                    return new Condition.Between(left, low, parseOperand());
                }
                if (op.isKeyword("IN")) {
                    return new Condition.In(left, parseInList());
                }
                throw tokens.syntaxError(op);
        }
    }

    private List<Operand> parseInList() {
        tokens.expect(Token.Kind.LPAREN);
        List<Operand> candidates = new ArrayList<>();
        do {
            candidates.add(parseOperand());
        } while (tokens.accept(Token.Kind.COMMA));
        tokens.expect(Token.Kind.RPAREN);
        if (candidates.size() > MAX_IN_OPERANDS) {
            throw tokens.error("The IN operator is provided with too many operands; number of operands: " + candidates.size());
        }
        return candidates;
    }

    private Condition parseFunction(Token name) {
        String fn = name.text();
        List<Operand> args = parseArguments();
        switch (fn) {
            case "attribute_exists": case "attribute_not_exists":
                checkArity(fn, args, 1);
                requirePath(fn, args.get(0));
                return new Condition.Function(fn, args);
            case "attribute_type":
                checkArity(fn, args, 2);
                requirePath(fn, args.get(0));
                checkTypeName(args.get(1));
                return new Condition.Function(fn, args);
            case "begins_with": case "contains":
                checkArity(fn, args, 2);
                if (fn.equals("begins_with")) {
                    checkOperandType(fn, args.get(1), "S", "B");
                }
                return new Condition.Function(fn, args);
            case "if_not_exists": case "list_append":
                throw tokens.error("The function is not allowed in a condition expression; function: " + fn);
            default:
                throw tokens.error("Invalid function name; function: " + fn);
        }
    }

    List<Operand> parseArguments() {
        tokens.expect(Token.Kind.LPAREN);
        List<Operand> args = new ArrayList<>();
        do {
            args.add(parseOperand());
        } while (tokens.accept(Token.Kind.COMMA));
        tokens.expect(Token.Kind.RPAREN);
        return args;
    }

    /** A path, a :value or size(path). */
    Operand parseOperand() {
        Token t = tokens.peek();
        if (t.is(Token.Kind.VALUE_REF)) {
            tokens.next();
            return new Operand.Constant(context.value(t.text(), tokens));
        }
        if (t.is(Token.Kind.IDENT) && tokens.peekAhead(1).is(Token.Kind.LPAREN)) {
            tokens.next();
            if (!t.text().equals("size")) {
                throw tokens.error(List.of("attribute_exists", "attribute_not_exists", "attribute_type",
                        "begins_with", "contains", "if_not_exists", "list_append").contains(t.text())
                        ? "The function is not allowed to be used this way in an expression; function: " + t.text()
                        : "Invalid function name; function: " + t.text());
            }
            List<Operand> args = parseArguments();
            checkArity("size", args, 1);
            requirePath("size", args.get(0));
            return new Operand.Size(((Operand.PathOperand) args.get(0)).path());
        }
        return new Operand.PathOperand(parsePath());
    }

    Path parsePath() {
        List<Object> elements = new ArrayList<>();
        elements.add(parseName());
        while (true) {
            if (tokens.accept(Token.Kind.DOT)) {
                elements.add(parseName());
            } else if (tokens.accept(Token.Kind.LBRACKET)) {
                Token index = tokens.expect(Token.Kind.NUMBER);
                tokens.expect(Token.Kind.RBRACKET);
                elements.add(Integer.parseInt(index.text()));
            } else {
                return new Path(List.copyOf(elements));
            }
        }
    }

    private String parseName() {
        Token t = tokens.next();
        if (t.is(Token.Kind.NAME_REF)) {
            return context.name(t.text(), tokens);
        }
        if (!t.is(Token.Kind.IDENT)) {
            throw tokens.syntaxError(t);
        }
        if (ReservedWords.isReserved(t.text())) {
            throw tokens.error("Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return t.text();
    }

    void checkArity(String fn, List<Operand> args, int expected) {
        if (args.size() != expected) {
            throw tokens.error("Incorrect number of operands for operator or function; operator or function: "
                    + fn + ", number of operands: " + args.size());
        }
    }

    void requirePath(String fn, Operand operand) {
        if (!(operand instanceof Operand.PathOperand)) {
            throw tokens.error("Operator or function requires a document path; operator or function: " + fn);
        }
    }

    void checkOperandType(String fn, Operand operand, String... allowed) {
        if (operand instanceof Operand.Constant c && !List.of(allowed).contains(c.value().type())) {
            throw tokens.error("Incorrect operand type for operator or function; operator or function: "
                    + fn + ", operand type: " + c.value().type());
        }
    }

    private void checkTypeName(Operand operand) {
        if (!(operand instanceof Operand.Constant c) || !(c.value() instanceof Value.S s)
                || !TYPE_NAMES.contains(s.value())) {
            String type = operand instanceof Operand.Constant c ? describe(c.value()) : "path";
            throw tokens.error("Invalid attribute type name found; type: " + type
                    + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
        }
    }

    private static String describe(Value v) {
        return v instanceof Value.S s ? s.value() : v.type();
    }
}
