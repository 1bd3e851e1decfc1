package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Set and remove at a document path, copying only the maps and lists along the path. */
final class DocumentPaths {

    private DocumentPaths() {
    }

    static Map<String, Value> set(Map<String, Value> root, Path path, Value value) {
        Map<String, Value> copy = new LinkedHashMap<>(root);
        if (path.isTopLevel()) {
            copy.put(path.first(), value);
        } else {
            Value child = root.get(path.first());
            if (child == null) {
                throw invalidPath();
            }
            copy.put(path.first(), setIn(child, path.elements(), 1, value));
        }
        return copy;
    }

    private static Value setIn(Value container, List<Object> elements, int i, Value value) {
        boolean last = i == elements.size() - 1;
        Object element = elements.get(i);
        if (element instanceof String name) {
            if (!(container instanceof Value.M m)) {
                throw invalidPath();
            }
            Map<String, Value> copy = new LinkedHashMap<>(m.value());
            if (last) {
                copy.put(name, value);
            } else {
                Value child = m.value().get(name);
                if (child == null) {
                    throw invalidPath();
                }
                copy.put(name, setIn(child, elements, i + 1, value));
            }
            return new Value.M(Collections.unmodifiableMap(copy));
        }
        int index = (Integer) element;
        if (!(container instanceof Value.L l)) {
            throw invalidPath();
        }
        List<Value> copy = new ArrayList<>(l.value());
        if (last) {
            if (index >= copy.size()) {
                copy.add(value);
            } else {
                copy.set(index, value);
            }
        } else {
            if (index >= copy.size()) {
                throw invalidPath();
            }
            copy.set(index, setIn(copy.get(index), elements, i + 1, value));
        }
        return new Value.L(Collections.unmodifiableList(copy));
    }

    static Map<String, Value> remove(Map<String, Value> root, Path path) {
        if (!root.containsKey(path.first())) {
            if (path.isTopLevel()) {
                return root;
            }
            throw invalidPath();
        }
        Map<String, Value> copy = new LinkedHashMap<>(root);
        if (path.isTopLevel()) {
            copy.remove(path.first());
        } else {
            copy.put(path.first(), removeIn(root.get(path.first()), path.elements(), 1));
        }
        return copy;
    }

    private static Value removeIn(Value container, List<Object> elements, int i) {
        boolean last = i == elements.size() - 1;
        Object element = elements.get(i);
        if (element instanceof String name) {
            if (!(container instanceof Value.M m)) {
                throw invalidPath();
            }
            Value child = m.value().get(name);
            if (child == null) {
                if (last) {
                    return container;
                }
                throw invalidPath();
            }
            Map<String, Value> copy = new LinkedHashMap<>(m.value());
            if (last) {
                copy.remove(name);
            } else {
                copy.put(name, removeIn(child, elements, i + 1));
            }
            return new Value.M(Collections.unmodifiableMap(copy));
        }
        int index = (Integer) element;
        if (!(container instanceof Value.L l)) {
            throw invalidPath();
        }
        if (index >= l.value().size()) {
            if (last) {
                return container;
            }
            throw invalidPath();
        }
        List<Value> copy = new ArrayList<>(l.value());
        if (last) {
            copy.remove(index);
        } else {
            copy.set(index, removeIn(copy.get(index), elements, i + 1));
        }
        return new Value.L(Collections.unmodifiableList(copy));
    }

    static DynamoDbError invalidPath() {
        return DynamoDbError.validation("The document path provided in the update expression is invalid for update");
    }
}
