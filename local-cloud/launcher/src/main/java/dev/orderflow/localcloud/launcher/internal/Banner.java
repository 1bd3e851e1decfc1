package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.apigateway.Route;
import java.util.List;
import java.util.Optional;

/** The ready banner: every endpoint, what is not emulated, and a curl example that works. */
public final class Banner {

    private Banner() {
    }

    public record Facts(String isolation, long startMillis, String apiUrl, String edgeUrl, List<Route> routes,
            int functions, int tables, int seeded, List<String> notEmulated, List<String> withoutEffect,
            List<String> warnings, String xray) {
    }

    public static String render(Facts facts) {
        StringBuilder out = new StringBuilder("\n");
        out.append("Local cloud ready in ").append(facts.startMillis()).append(" ms (").append(facts.isolation())
                .append(" isolation)\n");
        out.append("  API Gateway  ").append(facts.apiUrl()).append("  (paths with or without the stage prefix)\n");
        for (Route route : facts.routes()) {
            out.append(String.format("    %-7s %-32s -> %s%n", route.method(), route.resourcePath(), route.function()));
        }
        out.append("  Edge         ").append(facts.edgeUrl()).append("  DynamoDB, SQS, EventBridge, Lambda, X-Ray;  export AWS_ENDPOINT_URL=")
                .append(facts.edgeUrl()).append('\n');
        out.append("  X-Ray        ").append(facts.xray()).append(";  aws xray get-service-graph --endpoint-url ")
                .append(facts.edgeUrl()).append(" --start-time $(($(date +%s)-600)) --end-time $(date +%s)\n");
        out.append("  Health       ").append(facts.edgeUrl()).append("/_local/health\n");
        out.append("  Functions    ").append(facts.functions()).append(" (each starts on its first invocation)\n");
        out.append("  Tables       ").append(facts.tables()).append(facts.seeded() > 0 ? ", " + facts.seeded() + " items seeded" : "")
                .append('\n');
        list(out, "Not emulated (yet)", facts.notEmulated());
        list(out, "No local effect", facts.withoutEffect());
        list(out, "Warnings", facts.warnings());
        example(facts).ifPresent(curl -> out.append("  Try          ").append(curl).append('\n'));
        return out.toString();
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append(String.format("  %-12s %s%n", title, String.join(", ", items)));
        }
    }

    private static Optional<String> example(Facts facts) {
        Optional<Route> post = facts.routes().stream().filter(route -> route.method().equals("POST")
                && !route.resourcePath().contains("{")).findFirst();
        if (post.isPresent()) {
            Route route = post.get();
            JsonNode model = route.requestModel() == null ? null : route.api().models().path(route.requestModel().model());
            String body = model == null || model.isMissingNode() ? "{}" : ExampleBodies.of(model).toString();
            return Optional.of("curl -s -X POST " + facts.apiUrl() + route.resourcePath()
                    + " -H 'Content-Type: application/json' -d '" + body + "'");
        }
        return facts.routes().stream().filter(route -> route.method().equals("GET") && !route.resourcePath().contains("{"))
                .findFirst().map(route -> "curl -s " + facts.apiUrl() + route.resourcePath());
    }
}
