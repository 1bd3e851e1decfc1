package dev.orderflow.domain.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.junit.jupiter.api.Test;

class ApiRouterTest {

    private final ApiRouter router = ApiRouter.builder()
            .route("GET", "/things/{id}", request -> ApiResponses.json(200, java.util.Map.of("id", request.pathParameter("id"))))
            .route("POST", "/things", request -> {
                throw ValidationException.of("name", "is required");
            })
            .route("PUT", "/things/{id}", request -> {
                throw new ConflictException("id", "Thing is locked");
            })
            .route("DELETE", "/things/{id}", request -> {
                throw new IllegalStateException("secret detail at com.acme.Internal.method(Internal.java:12)");
            })
            .build();

    @Test
    void shouldRouteByResourceAndMethod() {
        APIGatewayProxyResponseEvent response = router.handle(request("GET", "/things/{id}")
                .withPathParameters(java.util.Map.of("id", "7")));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"id\":\"7\"}");
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void shouldAnswer404ForAnUnknownResourceAnd405ForAnUnknownMethod() {
        assertThat(router.handle(request("GET", "/nothing")).getStatusCode()).isEqualTo(404);
        assertThat(router.handle(request("PATCH", "/things/{id}")).getStatusCode()).isEqualTo(405);
    }

    @Test
    void shouldTurnValidationAndConflictIntoFieldErrors() {
        APIGatewayProxyResponseEvent bad = router.handle(request("POST", "/things"));
        assertThat(bad.getStatusCode()).isEqualTo(400);
        assertThat(bad.getBody()).contains("\"field\":\"name\"", "\"requestId\":\"req-1\"");
        APIGatewayProxyResponseEvent conflict = router.handle(request("PUT", "/things/{id}"));
        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(conflict.getBody()).contains("\"field\":\"id\"", "Thing is locked");
    }

    @Test
    void shouldNeverShowAnUnexpectedFailureToTheCaller() {
        APIGatewayProxyResponseEvent response = router.handle(request("DELETE", "/things/{id}"));
        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).doesNotContain("secret", "Internal.java", "Exception")
                .contains("req-1");
    }

    private static APIGatewayProxyRequestEvent request(String method, String resource) {
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withResource(resource)
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("req-1"));
    }
}
