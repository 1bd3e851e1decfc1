package dev.orderflow.localcloud.xray.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.xray.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The daemon protocol: {@code {"format":"json","version":1}} and a newline, then one document.
 * Only the header is checked here, as the AWS daemon does; the body is checked at ingest.
 */
public final class DatagramFraming {

    public static final String HEADER = "{\"format\":\"json\",\"version\":1}";
    private static final byte[] HEADER_LINE = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER_BYTES = 256;

    private DatagramFraming() {
    }

    /** The document in a datagram, or null when the header is missing or wrong or the body empty. */
    public static byte[] body(byte[] datagram, int length) {
        int bodyStart = bodyStart(datagram, length);
        if (bodyStart < 0 || isBlank(datagram, bodyStart, length)) {
            return null;
        }
        return Arrays.copyOfRange(datagram, bodyStart, length);
    }

    /** The whole datagram for a document, as an SDK sends it. */
    public static byte[] frame(byte[] document) {
        byte[] datagram = Arrays.copyOf(HEADER_LINE, HEADER_LINE.length + document.length);
        System.arraycopy(document, 0, datagram, HEADER_LINE.length, document.length);
        return datagram;
    }

    private static int bodyStart(byte[] datagram, int length) {
        if (length >= HEADER_LINE.length
                && Arrays.equals(datagram, 0, HEADER_LINE.length, HEADER_LINE, 0, HEADER_LINE.length)) {
            return HEADER_LINE.length;
        }
        int newline = -1;
        for (int i = 0; i < Math.min(length, MAX_HEADER_BYTES); i++) {
            if (datagram[i] == '\n') {
                newline = i;
                break;
            }
        }
        return newline > 0 && isHeader(datagram, newline) ? newline + 1 : -1;
    }

    /** A header written with other spacing still counts, as long as it says json, version 1. */
    private static boolean isHeader(byte[] datagram, int length) {
        try {
            JsonNode header = Json.MAPPER.readTree(datagram, 0, length);
            return header != null && header.isObject() && "json".equals(header.path("format").asText())
                    && header.path("version").isInt() && header.path("version").asInt() == 1;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }
}
