package dev.orderflow.domain.payment;

import dev.orderflow.domain.config.Env;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipped gateway: a deterministic simulator, so that every environment (tests, the local
 * cloud, a sandbox account) behaves the same. Its rules, in order:
 * <ol>
 *   <li>a customer id listed in {@code PAYMENT_DECLINED_CUSTOMERS} (comma-separated) is declined
 *       with {@code CARD_DECLINED};</li>
 *   <li>an amount above {@code PAYMENT_LIMIT_CENTS} (default 500000, i.e. 5,000.00) is declined with
 *       {@code AMOUNT_LIMIT_EXCEEDED};</li>
 *   <li>anything else is approved.</li>
 * </ol>
 * Ids are derived from the idempotency key, so repeating a call returns the same id: the simulator
 * keeps no state and is idempotent by construction.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

    public static final long DEFAULT_LIMIT_CENTS = 500_000L;
    public static final String CARD_DECLINED = "CARD_DECLINED";
    public static final String AMOUNT_LIMIT_EXCEEDED = "AMOUNT_LIMIT_EXCEEDED";

    private final Set<String> declinedCustomers;
    private final long limitCents;

    public SimulatedPaymentGateway(Set<String> declinedCustomers, long limitCents) {
        this.declinedCustomers = Set.copyOf(declinedCustomers);
        this.limitCents = limitCents;
    }

    public static SimulatedPaymentGateway fromEnv(Env env) {
        Set<String> declined = env.find("PAYMENT_DECLINED_CUSTOMERS")
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        long limit = env.find("PAYMENT_LIMIT_CENTS").map(Long::parseLong).orElse(DEFAULT_LIMIT_CENTS);
        return new SimulatedPaymentGateway(declined, limit);
    }

    @Override
    public ChargeResult charge(String idempotencyKey, String customerId, long amountCents) {
        if (declinedCustomers.contains(customerId)) {
            return ChargeResult.declined(CARD_DECLINED);
        }
        if (amountCents > limitCents) {
            return ChargeResult.declined(AMOUNT_LIMIT_EXCEEDED);
        }
        return ChargeResult.approved("ch_" + digest("charge:" + idempotencyKey));
    }

    @Override
    public String refund(String idempotencyKey, String chargeId, long amountCents) {
        return "re_" + digest("refund:" + idempotencyKey + ":" + chargeId);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
