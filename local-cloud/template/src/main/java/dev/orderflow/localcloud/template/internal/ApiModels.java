package dev.orderflow.localcloud.template.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderflow.localcloud.template.ApiDefinition;
import dev.orderflow.localcloud.template.ApiRoute;
import dev.orderflow.localcloud.template.EventSourceDefinition;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** REST APIs and the routes that functions' {@code Type: Api} events add to them. */
final class ApiModels {

    private final List<ApiDefinition> apis = new ArrayList<>();
    private final Map<String, String> logicalIdByRestApiId = new HashMap<>();

    ApiModels(List<ResourceDefinition> resources, IntrinsicResolver resolver) {
        for (ResourceDefinition resource : resources) {
            if (!resource.type().equals("AWS::Serverless::Api")) {
                continue;
            }
            JsonNode properties = resource.properties();
            String restApiId = resolver.ref(resource.logicalId());
            String stage = properties.path("StageName").asText("");
            if (stage.isEmpty()) {
                throw new TemplateException("Resources." + resource.logicalId() + ".Properties.StageName is missing");
            }
            List<String> binaryTypes = new ArrayList<>();
            properties.path("BinaryMediaTypes").forEach(type -> binaryTypes.add(type.asText().replace("~1", "/")));
            apis.add(new ApiDefinition(resource.logicalId(), restApiId, stage,
                    properties.path("TracingEnabled").asBoolean(false), properties.path("Cors"), List.copyOf(binaryTypes),
                    properties.path("Models"), properties.path("GatewayResponses"),
                    resource.metadata().path("SamImplicit").asBoolean(false), properties));
            logicalIdByRestApiId.put(restApiId, resource.logicalId());
        }
    }

    List<ApiDefinition> apis() {
        return List.copyOf(apis);
    }

    List<ApiRoute> routes(List<FunctionDefinition> functions) {
        List<ApiRoute> routes = new ArrayList<>();
        for (FunctionDefinition function : functions) {
            for (EventSourceDefinition event : function.eventsOfType("Api")) {
                routes.add(route(function, event));
            }
        }
        return List.copyOf(routes);
    }

    private ApiRoute route(FunctionDefinition function, EventSourceDefinition event) {
        String where = "Resources." + function.logicalId() + ".Properties.Events." + event.name() + ".Properties";
        JsonNode properties = event.properties();
        String path = properties.path("Path").asText("");
        String method = properties.path("Method").asText("").toUpperCase(Locale.ROOT);
        if (!path.startsWith("/") || method.isEmpty()) {
            throw new TemplateException(where + ": Path (starting with /) and Method are required");
        }
        String apiLogicalId = ModelBuilder.IMPLICIT_API;
        if (properties.hasNonNull("RestApiId")) {
            apiLogicalId = logicalIdByRestApiId.get(properties.get("RestApiId").asText());
            if (apiLogicalId == null) {
                throw new TemplateException(where + ".RestApiId does not name an AWS::Serverless::Api of this template");
            }
        }
        return new ApiRoute(apiLogicalId, method, path, function.logicalId(), event.name(), properties);
    }
}
