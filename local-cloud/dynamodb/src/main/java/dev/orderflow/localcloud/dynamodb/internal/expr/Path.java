package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.List;
import java.util.Map;

/** A document path: attribute names (String) and list indexes (Integer), already resolved. */
public record Path(List<Object> elements) {

    public String first() {
        return (String) elements.get(0);
    }

    public int size() {
        return elements.size();
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    /** The value at this path, or null when any step is missing or of the wrong type. */
    public Value get(Map<String, Value> item) {
        Value current = item.get(first());
        for (int i = 1; i < elements.size() && current != null; i++) {
            current = step(current, elements.get(i));
        }
        return current;
    }

    static Value step(Value container, Object element) {
        if (element instanceof String name) {
            return container instanceof Value.M m ? m.value().get(name) : null;
        }
        int index = (Integer) element;
        if (container instanceof Value.L l && index < l.value().size()) {
            return l.value().get(index);
        }
        return null;
    }

    /** True when one path is a prefix of (or equal to) the other. */
    public boolean overlaps(Path other) {
        int n = Math.min(size(), other.size());
        return elements.subList(0, n).equals(other.elements.subList(0, n));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            Object e = elements.get(i);
            out.append(i == 0 ? "" : ", ").append(e instanceof Integer ? "[" + e + "]" : e);
        }
        return out.append(']').toString();
    }
}
