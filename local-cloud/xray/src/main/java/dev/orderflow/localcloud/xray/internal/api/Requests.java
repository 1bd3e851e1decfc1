package dev.orderflow.localcloud.xray.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading request members, refusing wrong ones with a message that names them. */
final class Requests {

    private Requests() {
    }

    /** A timestamp member in epoch seconds (REST-JSON's unixTimestamp). */
    static double timestamp(JsonNode request, String field) throws ApiException {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.invalid(field + " is required (epoch seconds)");
        }
        if (!value.isNumber()) {
            throw ApiException.invalid(field + " must be a timestamp in epoch seconds, not " + value);
        }
        return value.asDouble();
    }

    static void timeRange(double start, double end) throws ApiException {
        if (end < start) {
            throw ApiException.invalid("EndTime must not be before StartTime");
        }
    }

    static String optionalText(JsonNode request, String field) throws ApiException {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalid(field + " must be a string");
        }
        return value.asText();
    }

    static List<String> stringList(JsonNode request, String field, int max) throws ApiException {
        JsonNode value = request.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw ApiException.invalid(field + " is required (a non-empty list of strings)");
        }
        if (value.size() > max) {
            throw ApiException.invalid(field + " has " + value.size() + " items; at most " + max + " are accepted");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ApiException.invalid(field + " must hold strings only");
            }
            result.add(item.asText());
        }
        return result;
    }

    /** The API never pages these operations, so a token can only be a mistake. */
    static void noNextToken(JsonNode request) throws ApiException {
        String token = optionalText(request, "NextToken");
        if (token != null && !token.isEmpty()) {
            throw ApiException.invalid("NextToken is not valid: this operation returned no further pages");
        }
    }
}
