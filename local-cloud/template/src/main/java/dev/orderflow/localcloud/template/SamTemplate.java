package dev.orderflow.localcloud.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A template read and resolved: what the local cloud creates from it. */
public record SamTemplate(
        Path directory,
        TemplateSettings settings,
        List<FunctionDefinition> functions,
        List<ApiDefinition> apis,
        List<ApiRoute> routes,
        List<TableDefinition> tables,
        List<LayerDefinition> layers,
        List<ResourceDefinition> resources,
        Map<String, String> outputs) {

    public Optional<FunctionDefinition> function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    public Optional<LayerDefinition> layerByArn(String arn) {
        return layers.stream().filter(layer -> layer.arn().equals(arn)).findFirst();
    }

    public List<ResourceDefinition> resourcesOfType(String type) {
        return resources.stream().filter(resource -> resource.type().equals(type)).toList();
    }
}
