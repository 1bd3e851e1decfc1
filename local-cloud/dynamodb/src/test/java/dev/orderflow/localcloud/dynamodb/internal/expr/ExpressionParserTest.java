package dev.orderflow.localcloud.dynamodb.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderflow.localcloud.dynamodb.internal.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsers on their own: precedence, paths, and the shape of what they build. */
class ExpressionParserTest {

    private static Value.N n(int v) {
        return new Value.N(BigDecimal.valueOf(v));
    }

    private static Condition parse(String text) {
        return Expressions.condition(text, new ExpressionContext(Map.of("#a", "a"), Map.of(":one", n(1), ":two", n(2))));
    }

    @Test
    void shouldBindAndTighterThanOrAndNotTighterThanAnd() {
        assertThat(parse("a = :one OR a = :two AND a = :one")).isInstanceOf(Condition.Or.class);
        Condition notAnd = parse("NOT a = :one AND a = :two");
        assertThat(notAnd).isInstanceOf(Condition.And.class);
        assertThat(((Condition.And) notAnd).left()).isInstanceOf(Condition.Not.class);
    }

    @Test
    void shouldReadKeywordsInAnyCase() {
        assertThat(parse("a between :one and :two or not attribute_exists(#a)").test(Map.of("a", n(1)))).isTrue();
    }

    @Test
    void shouldResolveNestedPathsWithNamesAndIndexes() {
        Condition c = parse("#a.b[1].c = :two");
        Map<String, Value> item = Map.of("a", new Value.M(Map.of("b", new Value.L(List.of(n(0),
                new Value.M(Map.of("c", n(2))))))));
        assertThat(c.test(item)).isTrue();
        assertThat(c.test(Map.of("a", n(2)))).isFalse();
    }

    @Test
    void shouldApplyAnUpdateAgainstTheOldItemInOneStep() {
        UpdateExpression update = UpdateExpression.parse("SET a = b, b = a",
                new ExpressionContext(null, null));
        Map<String, Value> swapped = update.apply(Map.of("a", n(1), "b", n(2)));
        assertThat(swapped).containsEntry("a", n(2)).containsEntry("b", n(1));
    }

    @Test
    void shouldNotChangeTheItemItWasGiven() {
        Map<String, Value> original = Map.of("m", new Value.M(Map.of("x", n(1))));
        UpdateExpression.parse("SET m.y = :two REMOVE m.x", new ExpressionContext(null, Map.of(":two", n(2)))).apply(original);
        assertThat(((Value.M) original.get("m")).value()).containsOnlyKeys("x");
    }

    @Test
    void shouldRejectAnUnknownCharacterWithItsPosition() {
        assertThatThrownBy(() -> parse("a = :one ; a"))
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \";\", near: \" ; \"");
    }
}
