package dev.orderflow.localcloud.apigateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static final RestApi API = new RestApi("api", "abc", "Prod", false, null, List.of(), null, null);
    private final RouteTable table = new RouteTable(List.of(
            new Route(API, "POST", "/orders", "create"),
            new Route(API, "GET", "/orders/{orderId}", "get"),
            new Route(API, "GET", "/orders/summary", "summary"),
            new Route(API, "ANY", "/orders/{orderId}", "any"),
            new Route(API, "ANY", "/{proxy+}", "proxy")));

    @Test
    void shouldPreferLiteralSegmentsAndExactMethods() {
        assertThat(table.match("GET", "/orders/summary")).get().extracting(m -> m.route().function()).isEqualTo("summary");
        assertThat(table.match("GET", "/orders/o-1")).get().extracting(m -> m.route().function()).isEqualTo("get");
        assertThat(table.match("DELETE", "/orders/o-1")).get().extracting(m -> m.route().function()).isEqualTo("any");
        assertThat(table.match("POST", "/orders")).get().extracting(m -> m.route().function()).isEqualTo("create");
    }

    @Test
    void shouldBindDecodedPathParametersAndGreedyPaths() {
        assertThat(table.match("GET", "/orders/a%20b")).get().extracting(RouteTable.Match::pathParameters)
                .isEqualTo(Map.of("orderId", "a b"));
        assertThat(table.match("GET", "/deep/path/here")).get()
                .satisfies(m -> assertThat(m.route().function()).isEqualTo("proxy"))
                .extracting(RouteTable.Match::pathParameters).isEqualTo(Map.of("proxy", "deep/path/here"));
    }

    @Test
    void shouldFindNothingForAMethodOrPathNotDeclared() {
        RouteTable strict = new RouteTable(List.of(new Route(API, "POST", "/orders", "create")));

        assertThat(strict.match("GET", "/orders")).isEmpty();
        assertThat(strict.match("POST", "/orders/x")).isEmpty();
        assertThat(strict.methodsOn("/orders")).containsExactly("POST");
    }
}
