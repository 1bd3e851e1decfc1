package dev.orderflow.localcloud.apigateway;

/**
 * A method on a resource, integrated with a function by Lambda proxy.
 *
 * @param method an HTTP method, or {@code ANY}
 * @param resourcePath e.g. {@code /orders/{orderId}} or {@code /{proxy+}}
 * @param function the function's name or ARN
 */
public record Route(RestApi api, String method, String resourcePath, String function) {
}
