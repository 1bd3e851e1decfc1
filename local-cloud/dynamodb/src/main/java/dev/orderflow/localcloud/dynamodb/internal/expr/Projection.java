package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A parsed ProjectionExpression: the listed paths, copied out of an item with their nesting. */
public final class Projection {

    private final List<Path> paths;

    public Projection(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    public static Projection parse(String text, ExpressionContext context) {
        ConditionParser parser = new ConditionParser(text, "ProjectionExpression", context);
        if (parser.tokens.atEnd()) {
            throw parser.tokens.error("The expression can not be empty;");
        }
        List<Path> paths = new ArrayList<>();
        do {
            paths.add(parser.parsePath());
        } while (parser.tokens.accept(Token.Kind.COMMA));
        if (!parser.tokens.atEnd()) {
            throw parser.tokens.syntaxError(parser.tokens.peek());
        }
        checkNoOverlap(paths, parser.tokens);
        return new Projection(paths);
    }

    /** Keeps only the given top-level attribute names (AttributesToGet, index projections). */
    public static Projection ofAttributes(Iterable<String> names) {
        List<Path> paths = new ArrayList<>();
        names.forEach(n -> paths.add(new Path(List.of(n))));
        return new Projection(paths);
    }

    static void checkNoOverlap(List<Path> paths, TokenStream tokens) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (paths.get(i).overlaps(paths.get(j))) {
                    throw tokens.error("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                            + paths.get(i) + ", path two: " + paths.get(j));
                }
            }
        }
    }

    public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Path path : paths) {
            Value value = path.get(item);
            if (value != null) {
                insert(root, path.elements(), value);
            }
        }
        Map<String, Value> result = new LinkedHashMap<>();
        root.forEach((name, node) -> result.put(name, build(node)));
        return Collections.unmodifiableMap(result);
    }

    /** Builds a tree of maps (names) and sorted maps (list indexes) whose leaves are values. */
    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, List<Object> elements, Value value) {
        Map<Object, Object> node = (Map<Object, Object>) (Map<?, ?>) root;
        for (int i = 0; i < elements.size() - 1; i++) {
            Object next = elements.get(i + 1);
            node = (Map<Object, Object>) node.computeIfAbsent(elements.get(i),
                    k -> next instanceof Integer ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
        }
        node.put(elements.get(elements.size() - 1), value);
    }

    @SuppressWarnings("unchecked")
    private static Value build(Object node) {
        if (node instanceof Value v) {
            return v;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<Value> values = new ArrayList<>();
            list.values().forEach(child -> values.add(build(child)));
            return new Value.L(Collections.unmodifiableList(values));
        }
        Map<String, Value> map = new LinkedHashMap<>();
        ((Map<String, Object>) node).forEach((name, child) -> map.put(name, build(child)));
        return new Value.M(Collections.unmodifiableMap(map));
    }
}
