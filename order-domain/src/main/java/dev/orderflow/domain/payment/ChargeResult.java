package dev.orderflow.domain.payment;

/** The gateway's answer to a charge: approved with a charge id, or declined with a code. */
public record ChargeResult(boolean approved, String chargeId, String declineCode) {

    public static ChargeResult approved(String chargeId) {
        return new ChargeResult(true, chargeId, null);
    }

    public static ChargeResult declined(String code) {
        return new ChargeResult(false, null, code);
    }
}
