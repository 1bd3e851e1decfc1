package dev.orderflow.localcloud.xray.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where the next page of trace summaries starts: after the trace with this start time and id. */
record PageToken(double start, String traceId) {

    String encode() {
        String raw = Long.toHexString(Double.doubleToLongBits(start)) + ":" + traceId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageToken decode(String token) throws ApiException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new PageToken(Double.longBitsToDouble(Long.parseUnsignedLong(raw.substring(0, colon), 16)),
                    raw.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiException.invalid("NextToken is not valid: pass the NextToken of the previous page unchanged");
        }
    }
}
