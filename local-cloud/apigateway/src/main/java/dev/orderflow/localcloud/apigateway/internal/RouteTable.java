package dev.orderflow.localcloud.apigateway.internal;

import dev.orderflow.localcloud.apigateway.Route;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route for a request as API Gateway does: a literal path segment beats a
 * {@code {param}}, which beats a greedy {@code {proxy+}}; a method beats {@code ANY}.
 */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** A request matched to a route, with its path parameters (decoded). */
    public record Match(Route route, Map<String, String> pathParameters) {
    }

    public Optional<Match> match(String method, String path) {
        List<String> segments = segments(path);
        return routes.stream()
                .map(route -> new Candidate(route, bind(segments(route.resourcePath()), segments)))
                .filter(candidate -> candidate.parameters != null)
                .filter(candidate -> candidate.route.method().equals(method) || candidate.route.method().equals("ANY"))
                .min(Comparator.comparing((Candidate candidate) -> rank(candidate.route))
                        .thenComparing(candidate -> candidate.route.method().equals("ANY") ? 1 : 0))
                .map(candidate -> new Match(candidate.route, candidate.parameters));
    }

    /** Methods declared on the resource that matches the path, for CORS preflight. */
    public List<String> methodsOn(String path) {
        List<String> segments = segments(path);
        List<String> methods = new ArrayList<>();
        routes.stream().filter(route -> bind(segments(route.resourcePath()), segments) != null)
                .forEach(route -> methods.add(route.method()));
        return methods;
    }

    /** Literal segments first, so that a more specific resource wins. */
    private static String rank(Route route) {
        StringBuilder rank = new StringBuilder();
        for (String segment : segments(route.resourcePath())) {
            rank.append(segment.endsWith("+}") ? '2' : segment.startsWith("{") ? '1' : '0');
        }
        return rank.append('9').toString();
    }

    private static Map<String, String> bind(List<String> pattern, List<String> actual) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String segment = pattern.get(i);
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.size()) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 2), decode(String.join("/", actual.subList(i, actual.size()))));
                return parameters;
            }
            if (i >= actual.size()) {
                return null;
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.put(segment.substring(1, segment.length() - 1), decode(actual.get(i)));
            } else if (!segment.equals(actual.get(i))) {
                return null;
            }
        }
        return pattern.size() == actual.size() ? parameters : null;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private record Candidate(Route route, Map<String, String> parameters) {
    }
}
