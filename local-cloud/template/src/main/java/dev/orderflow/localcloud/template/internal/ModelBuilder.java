package dev.orderflow.localcloud.template.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderflow.localcloud.template.ApiDefinition;
import dev.orderflow.localcloud.template.ApiRoute;
import dev.orderflow.localcloud.template.FunctionDefinition;
import dev.orderflow.localcloud.template.LayerDefinition;
import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.SamTemplate;
import dev.orderflow.localcloud.template.TableDefinition;
import dev.orderflow.localcloud.template.TemplateException;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a parsed template into the resolved model: resources, then functions, APIs, tables, layers. */
public final class ModelBuilder {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String IMPLICIT_API = "ServerlessRestApi";

    private final Map<String, Object> template;
    private final TemplateSettings settings;
    private final Path directory;

    public ModelBuilder(Map<String, Object> template, TemplateSettings settings, Path directory) {
        this.template = template;
        this.settings = settings;
        this.directory = directory;
    }

    public SamTemplate build() {
        Map<String, Object> globals = section("Globals");
        Map<String, Map<String, Object>> raw = RawResources.collect(section("Resources"), globals);
        IntrinsicResolver resolver = new IntrinsicResolver(settings,
                ParameterValues.resolve(section("Parameters"), settings.parameterOverrides()),
                section("Mappings"), section("Conditions"), raw);
        List<ResourceDefinition> resources = resolveResources(raw, resolver);
        LocalUrls urls = new LocalUrls(settings, resources, resolver);
        FunctionModels functions = new FunctionModels(directory, resolver, urls);
        List<FunctionDefinition> functionList = new ArrayList<>();
        List<TableDefinition> tables = new ArrayList<>();
        List<LayerDefinition> layers = new ArrayList<>();
        for (ResourceDefinition resource : resources) {
            switch (resource.type()) {
                case "AWS::Serverless::Function":
                    functionList.add(functions.function(resource));
                    break;
                case "AWS::DynamoDB::Table":
                case "AWS::Serverless::SimpleTable":
                    tables.add(new TableDefinition(resource.logicalId(), resource.type(), resource.physicalName(),
                            resolver.attribute(resource.logicalId(), "Arn"), resource.properties()));
                    break;
                case "AWS::Serverless::LayerVersion":
                case "AWS::Lambda::LayerVersion":
                    layers.add(functions.layer(resource));
                    break;
                default:
                    break;
            }
        }
        ApiModels apis = new ApiModels(resources, resolver);
        return new SamTemplate(directory, settings, List.copyOf(functionList), apis.apis(),
                apis.routes(functionList), List.copyOf(tables), List.copyOf(layers), resources, outputs(resolver, urls));
    }

    private List<ResourceDefinition> resolveResources(Map<String, Map<String, Object>> raw, IntrinsicResolver resolver) {
        List<ResourceDefinition> resources = new ArrayList<>();
        raw.forEach((logicalId, resource) -> {
            Object condition = resource.get("Condition");
            if (condition != null && !resolver.condition(String.valueOf(condition), "Resources." + logicalId)) {
                return;
            }
            String type = String.valueOf(resource.get("Type"));
            Object properties = resolver.resolve(resource.getOrDefault("Properties", Map.of()),
                    "Resources." + logicalId + ".Properties");
            resources.add(new ResourceDefinition(logicalId, type, resolver.physicalName(logicalId),
                    JSON.valueToTree(properties), JSON.valueToTree(resource.getOrDefault("Metadata", Map.of()))));
        });
        return List.copyOf(resources);
    }

    private Map<String, String> outputs(IntrinsicResolver resolver, LocalUrls urls) {
        Map<String, String> outputs = new LinkedHashMap<>();
        section("Outputs").forEach((name, definition) -> {
            Map<String, Object> output = Yaml.map(definition);
            if (output == null || !output.containsKey("Value")) {
                throw new TemplateException("Outputs." + name + ": expected a Value");
            }
            Object condition = output.get("Condition");
            if (condition != null && !resolver.condition(String.valueOf(condition), "Outputs." + name)) {
                return;
            }
            Object value = resolver.resolve(output.get("Value"), "Outputs." + name + ".Value");
            outputs.put(name, urls.localise(asText(value)));
        });
        return outputs;
    }

    static String asText(Object value) {
        if (value instanceof Map || value instanceof List) {
            return JSON.valueToTree(value).toString();
        }
        return String.valueOf(value);
    }

    static String asText(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private Map<String, Object> section(String name) {
        Map<String, Object> section = Yaml.map(template.get(name));
        return section == null ? Map.of() : section;
    }
}
