package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's resources before resolution, with Globals merged in and the resources SAM adds
 * implicitly (the {@code ServerlessRestApi}, a role per function) so that references to them resolve.
 */
final class RawResources {

    private RawResources() {
    }

    static Map<String, Map<String, Object>> collect(Map<String, Object> declared, Map<String, Object> globals) {
        if (declared.isEmpty()) {
            throw new TemplateException("template: Resources is empty or missing");
        }
        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        boolean implicitApi = false;
        for (Map.Entry<String, Object> entry : declared.entrySet()) {
            Map<String, Object> resource = Yaml.map(entry.getValue());
            if (resource == null || !(resource.get("Type") instanceof String)) {
                throw new TemplateException("Resources." + entry.getKey() + ": expected a Type");
            }
            Map<String, Object> copy = new LinkedHashMap<>(resource);
            Map<String, Object> properties = Yaml.map(resource.get("Properties"));
            copy.put("Properties", GlobalsMerger.propertiesWithGlobals(globals, (String) resource.get("Type"),
                    properties == null ? Map.of() : properties));
            resources.put(entry.getKey(), copy);
            implicitApi |= "AWS::Serverless::Function".equals(resource.get("Type")) && hasImplicitApiEvent(properties);
        }
        addImplicit(resources, globals, implicitApi);
        return resources;
    }

    private static void addImplicit(Map<String, Map<String, Object>> resources, Map<String, Object> globals,
            boolean implicitApi) {
        if (implicitApi && !resources.containsKey(ModelBuilder.IMPLICIT_API)) {
            Map<String, Object> properties = new LinkedHashMap<>(GlobalsMerger.section(globals, "Api"));
            properties.put("StageName", "Prod");
            resources.put(ModelBuilder.IMPLICIT_API, Map.of("Type", "AWS::Serverless::Api", "Properties", properties,
                    "Metadata", Map.of("SamImplicit", true)));
        }
        for (String logicalId : List.copyOf(resources.keySet())) {
            Map<String, Object> resource = resources.get(logicalId);
            Map<String, Object> properties = Yaml.map(resource.get("Properties"));
            if ("AWS::Serverless::Function".equals(resource.get("Type")) && !properties.containsKey("Role")
                    && !resources.containsKey(logicalId + "Role")) {
                resources.put(logicalId + "Role", Map.of("Type", "AWS::IAM::Role", "Properties", Map.of(),
                        "Metadata", Map.of("SamImplicit", true)));
            }
        }
    }

    private static boolean hasImplicitApiEvent(Map<String, Object> properties) {
        Map<String, Object> events = properties == null ? null : Yaml.map(properties.get("Events"));
        if (events == null) {
            return false;
        }
        return events.values().stream().map(Yaml::map).anyMatch(event -> event != null && "Api".equals(event.get("Type"))
                && (Yaml.map(event.get("Properties")) == null || !Yaml.map(event.get("Properties")).containsKey("RestApiId")));
    }
}
