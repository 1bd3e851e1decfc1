package dev.orderflow.localcloud.dynamodb.internal.expr;

import dev.orderflow.localcloud.dynamodb.internal.model.DynamoDbError;
import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A parsed UpdateExpression (SET, REMOVE, ADD, DELETE), applied to an item as one step. */
public final class UpdateExpression {

    record SetAction(Path path, Operand value) {
    }

    record ValueAction(Path path, Value value) {
    }

    private final List<SetAction> sets;
    private final List<Path> removes;
    private final List<ValueAction> adds;
    private final List<ValueAction> deletes;

    UpdateExpression(List<SetAction> sets, List<Path> removes, List<ValueAction> adds, List<ValueAction> deletes) {
        this.sets = List.copyOf(sets);
        List<Path> sortedRemoves = new ArrayList<>(removes);
        // Later list elements go first, so that removing [1] and [3] uses the original positions.
        sortedRemoves.sort(DESCENDING_INDEXES);
        this.removes = List.copyOf(sortedRemoves);
        this.adds = List.copyOf(adds);
        this.deletes = List.copyOf(deletes);
    }

    public static UpdateExpression parse(String text, ExpressionContext context) {
        return new UpdateParser(text, context).parse();
    }

    /** Every path the expression writes, for UPDATED_OLD / UPDATED_NEW and key checks. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        sets.forEach(s -> paths.add(s.path()));
        paths.addAll(removes);
        adds.forEach(a -> paths.add(a.path()));
        deletes.forEach(d -> paths.add(d.path()));
        return paths;
    }

    /** The item after the update; every right-hand side is evaluated against the old item. */
    public Map<String, Value> apply(Map<String, Value> old) {
        List<Value> values = new ArrayList<>(sets.size());
        for (SetAction set : sets) {
            values.add(set.value().eval(old));
        }
        Map<String, Value> item = old;
        for (int i = 0; i < sets.size(); i++) {
            item = DocumentPaths.set(item, sets.get(i).path(), values.get(i));
        }
        for (Path path : removes) {
            item = DocumentPaths.remove(item, path);
        }
        for (ValueAction add : adds) {
            item = DocumentPaths.set(item, add.path(), SetArithmetic.add(add.path().get(item), add.value()));
        }
        for (ValueAction delete : deletes) {
            Value current = delete.path().get(item);
            if (current != null) {
                Value rest = SetArithmetic.delete(current, delete.value());
                item = rest == null ? DocumentPaths.remove(item, delete.path())
                        : DocumentPaths.set(item, delete.path(), rest);
            }
        }
        return Collections.unmodifiableMap(item);
    }

    private static final Comparator<Path> DESCENDING_INDEXES = (a, b) -> {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = a.elements().get(i);
            Object y = b.elements().get(i);
            if (x instanceof Integer xi && y instanceof Integer yi && !xi.equals(yi)) {
                return Integer.compare(yi, xi);
            }
            if (!x.equals(y)) {
                return 0;
            }
        }
        return 0;
    };

    static DynamoDbError incorrectType() {
        return DynamoDbError.validation("An operand in the update expression has an incorrect data type");
    }
}
