package dev.orderflow.localcloud.apigateway;

/**
 * A method on a resource, integrated with a function by Lambda proxy.
 *
 * @param method an HTTP method, or {@code ANY}
 * @param resourcePath e.g. {@code /orders/{orderId}} or {@code /{proxy+}}
 * @param function the function's name or ARN
 * @param requestModel the body's model and whether to validate it, or null
 */
public record Route(RestApi api, String method, String resourcePath, String function, RequestModel requestModel) {

    public Route(RestApi api, String method, String resourcePath, String function) {
        this(api, method, resourcePath, function, null);
    }

    /** SAM's RequestModel: the name of one of the API's Models; ValidateBody makes the gateway check it. */
    public record RequestModel(String model, boolean required, boolean validateBody) {
    }
}
