package dev.orderflow.localcloud.xray.internal.api;

/** A request the API refuses: the HTTP status, the error type X-Ray would name, and why. */
public final class ApiException extends Exception {

    private final int status;
    private final String type;

    public ApiException(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static ApiException invalid(String message) {
        return new ApiException(400, "InvalidRequestException", message);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
