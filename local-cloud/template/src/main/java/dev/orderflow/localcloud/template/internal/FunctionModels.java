package dev.orderflow.localcloud.template.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.orderflow.localcloud.template.EventSourceDefinition;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.LayerDefinition;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.TemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds functions and layers from resolved resources, with Lambda's defaults (128 MB, 3 s). */
final class FunctionModels {

    private final Path directory;
    private final IntrinsicResolver resolver;
    private final LocalUrls urls;

    FunctionModels(Path directory, IntrinsicResolver resolver, LocalUrls urls) {
        this.directory = directory;
        this.resolver = resolver;
        this.urls = urls;
    }

    FunctionDefinition function(ResourceDefinition resource) {
        JsonNode properties = resource.properties();
        String where = "Resources." + resource.logicalId() + ".Properties";
        String handler = required(properties, "Handler", where);
        return new FunctionDefinition(resource.logicalId(), resource.physicalName(),
                resolver.attribute(resource.logicalId(), "Arn"), handler, properties.path("Runtime").asText("java21"),
                location(properties.path("CodeUri"), where + ".CodeUri"),
                properties.path("MemorySize").asInt(128), properties.path("Timeout").asInt(3),
                environment(properties.path("Environment").path("Variables")), texts(properties.path("Layers")),
                properties.hasNonNull("ReservedConcurrentExecutions")
                        ? properties.get("ReservedConcurrentExecutions").asInt() : null,
                properties.path("Tracing").asText("PassThrough"), strings(properties.path("LoggingConfig")),
                events(properties.path("Events")), properties.path("EventInvokeConfig"), resource.metadata(), properties);
    }

    LayerDefinition layer(ResourceDefinition resource) {
        JsonNode content = resource.properties().path("ContentUri");
        Path contentUri = content.isTextual() ? directory.resolve(content.asText()).normalize() : null;
        return new LayerDefinition(resource.logicalId(), resolver.ref(resource.logicalId()), contentUri,
                resource.metadata(), resource.properties());
    }

    private Path location(JsonNode uri, String where) {
        if (uri.isMissingNode() || uri.isNull()) {
            throw new TemplateException(where + " is missing: the local cloud runs the function's built artifact");
        }
        if (!uri.isTextual()) {
            throw new TemplateException(where + ": an S3 location cannot be run locally; point CodeUri at the module folder");
        }
        return directory.resolve(uri.asText()).normalize();
    }

    private Map<String, String> environment(JsonNode variables) {
        Map<String, String> environment = new LinkedHashMap<>();
        variables.fields().forEachRemaining(entry ->
                environment.put(entry.getKey(), urls.localise(ModelBuilder.asText(entry.getValue()))));
        return environment;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> values.put(entry.getKey(), ModelBuilder.asText(entry.getValue())));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(ModelBuilder.asText(item)));
        return List.copyOf(values);
    }

    private static List<EventSourceDefinition> events(JsonNode events) {
        List<EventSourceDefinition> list = new ArrayList<>();
        events.fields().forEachRemaining(entry -> list.add(new EventSourceDefinition(entry.getKey(),
                entry.getValue().path("Type").asText(), entry.getValue().path("Properties").isMissingNode()
                        ? MissingNode.getInstance() : entry.getValue().path("Properties"))));
        return List.copyOf(list);
    }

    private static String required(JsonNode properties, String name, String where) {
        JsonNode value = properties.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new TemplateException(where + "." + name + " is missing");
        }
        return value.asText();
    }
}
