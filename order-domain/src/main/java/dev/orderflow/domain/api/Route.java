package dev.orderflow.domain.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

/** Serves one method on one API Gateway resource. */
@FunctionalInterface
public interface Route {

    APIGatewayProxyResponseEvent handle(ApiRequest request);
}
