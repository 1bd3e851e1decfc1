package dev.orderflow.localcloud.dynamodb.internal.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.1 requests (Content-Length or chunked bodies) from a connection. */
final class HttpRequestReader {

    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final String[] WANTED = {"x-amz-target", "content-length", "transfer-encoding", "connection", "expect"};

    /** A malformed request; the connection answers 400 and closes. */
    static final class BadRequest extends IOException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** Sends "100 Continue" when the client asked for it. */
    interface ContinueSender {
        void send() throws IOException;
    }

    record Request(String method, Map<String, String> headers, byte[] body, boolean keepAlive) {
        String header(String lowerCaseName) {
            return headers.get(lowerCaseName);
        }
    }

    private final InputStream in;
    // Our own buffer: BufferedInputStream.read() takes a lock per byte, which showed in profiles.
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    HttpRequestReader(InputStream in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    private byte[] readExactly(int n) throws IOException {
        byte[] out = new byte[n];
        int filled = Math.min(n, limit - position);
        System.arraycopy(buffer, position, out, 0, filled);
        position += filled;
        while (filled < n) {
            int r = in.read(out, filled, n - filled);
            if (r < 0) {
                throw new BadRequest("request body shorter than announced");
            }
            filled += r;
        }
        return out;
    }

    /** The next request, or null when the peer closed the connection between requests. */
    Request next(ContinueSender continueSender) throws IOException {
        String requestLine;
        try {
            requestLine = readLine(true);
        } catch (SocketTimeoutException idle) {
            return null;
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new BadRequest("malformed request line");
        }
        Map<String, String> headers = readHeaders();
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            continueSender.send();
        }
        byte[] body = readBody(headers);
        String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
        boolean keepAlive = parts[2].equals("HTTP/1.1") ? !connection.contains("close") : connection.contains("keep-alive");
        return new Request(parts[0], headers, body, keepAlive);
    }

    /** Keeps only the headers this server acts on (lower-cased names); the SDK sends a dozen others. */
    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i <= MAX_HEADERS; i++) {
            String line = readLine(false);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest("malformed header line");
            }
            for (String wanted : WANTED) {
                if (colon == wanted.length() && line.regionMatches(true, 0, wanted, 0, colon)) {
                    headers.put(wanted, line.substring(colon + 1).trim());
                    break;
                }
            }
        }
        throw new BadRequest("too many headers");
    }

    private byte[] readBody(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return readChunked();
        }
        String length = headers.get("content-length");
        if (length == null) {
            return new byte[0];
        }
        int n;
        try {
            n = Integer.parseInt(length);
        } catch (NumberFormatException e) {
            throw new BadRequest("malformed Content-Length");
        }
        if (n < 0 || n > MAX_BODY) {
            throw new BadRequest("request body too large");
        }
        return readExactly(n);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(false);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new BadRequest("malformed chunk size");
            }
            if (size < 0 || body.size() + size > MAX_BODY) {
                throw new BadRequest("request body too large");
            }
            if (size == 0) {
                while (!readLine(false).isEmpty()) {
                    // trailers are ignored
                }
                return body.toByteArray();
            }
            body.write(readExactly(size));
            readLine(false);
        }
    }

    /** A CRLF (or LF) terminated line; null at a clean end of stream when allowed. */
    private String readLine(boolean endAllowed) throws IOException {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                position = i + 1;
                return line;
            }
        }
        return readLineSlowly(endAllowed);
    }

    /** The line continues past what is buffered: read it byte by byte. */
    private String readLineSlowly(boolean endAllowed) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = read();
            if (c < 0) {
                if (endAllowed && line.length() == 0) {
                    return null;
                }
                throw new BadRequest("connection closed mid-request");
            }
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new BadRequest("line too long");
            }
            line.append((char) c);
        }
    }

}
