package dev.orderflow.localcloud.dynamodb.internal.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** DynamoDB number rules: up to 38 significant digits, magnitude 1E-130 to below 1E+126. */
public final class Numbers {

    private static final int MAX_DIGITS = 38;
    private static final MathContext EXACT = new MathContext(MAX_DIGITS + 2, RoundingMode.UNNECESSARY);
    private static final BigDecimal UPPER = new BigDecimal("1E+126");
    private static final BigDecimal LOWER = new BigDecimal("1E-130");

    private Numbers() {
    }

    /** Parses a number sent on the wire; throws a ValidationException in DynamoDB's wording. */
    public static BigDecimal parse(String text) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text.trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw DynamoDbError.validation("A value provided cannot be converted into a number");
        }
        return check(parsed);
    }

    /** Validates a computed or parsed number and returns it without trailing zeros. */
    public static BigDecimal check(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw DynamoDbError.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(UPPER) >= 0) {
            throw DynamoDbError.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.compareTo(LOWER) < 0) {
            throw DynamoDbError.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return stripped;
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return check(exact(() -> a.add(b, EXACT)));
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return check(exact(() -> a.subtract(b, EXACT)));
    }

    private static BigDecimal exact(java.util.function.Supplier<BigDecimal> op) {
        try {
            return op.get();
        } catch (ArithmeticException e) {
            throw DynamoDbError.validation("Attempting to store more than 38 significant digits in a Number");
        }
    }

    /** DynamoDB's output form: plain notation, no trailing zeros. */
    public static String format(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
