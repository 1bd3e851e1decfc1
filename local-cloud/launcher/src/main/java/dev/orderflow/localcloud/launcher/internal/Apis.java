package dev.orderflow.localcloud.launcher.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.apigateway.RestApi;
import dev.orderflow.localcloud.apigateway.Route;
import dev.orderflow.localcloud.template.ApiDefinition;
import dev.orderflow.localcloud.template.ApiRoute;
import dev.orderflow.localcloud.template.SamTemplate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The template's REST APIs and Api events as the local API Gateway's routes. */
public final class Apis {

    private Apis() {
    }

    public static List<Route> routes(SamTemplate template) {
        Map<String, RestApi> apis = template.apis().stream().collect(Collectors.toMap(ApiDefinition::logicalId,
                api -> restApi(api, name(template, api)), (a, b) -> a));
        Map<String, String> functionNames = template.functions().stream().collect(Collectors.toMap(
                f -> f.logicalId(), f -> f.name()));
        return template.routes().stream().map(route -> new Route(apis.get(route.apiLogicalId()), route.method(),
                route.path(), functionNames.get(route.functionLogicalId()), requestModel(route))).toList();
    }

    /** The API's Name, as its X-Ray segment ({@code <name>/<stage>}) shows it; SAM's default is the stack's name. */
    public static String name(SamTemplate template, ApiDefinition api) {
        String name = api.properties() == null ? "" : api.properties().path("Name").asText("");
        return name.isBlank() ? template.settings().stackName() : name;
    }

    private static RestApi restApi(ApiDefinition api, String name) {
        return new RestApi(name, api.restApiId(), api.stageName(), api.tracingEnabled(), api.cors(),
                api.binaryMediaTypes(), api.gatewayResponses(), api.models());
    }

    private static Route.RequestModel requestModel(ApiRoute route) {
        JsonNode model = route.properties().path("RequestModel");
        if (!model.hasNonNull("Model")) {
            return null;
        }
        return new Route.RequestModel(model.get("Model").asText(), model.path("Required").asBoolean(false),
                model.path("ValidateBody").asBoolean(false));
    }
}
