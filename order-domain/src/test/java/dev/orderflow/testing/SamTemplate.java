package dev.orderflow.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The project's {@code template.yaml} as plain maps, CloudFormation's short-form tags turned into
 * their long form ({@code !Ref X} becomes {@code {Ref: X}}, {@code !GetAtt A.B} becomes
 * {@code {Fn::GetAtt: [A, B]}}), for tests that check what the template declares.
 */
public final class SamTemplate {

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    /** The template at the project root, found from the module directory tests run in. */
    public static SamTemplate project() {
        return load(projectRoot().resolve("template.yaml"));
    }

    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No template.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new SamTemplate((Map<String, Object>) new Yaml(new CloudFormationTags()).load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** A deep, mutable copy, for tests that break the template on purpose. */
    @SuppressWarnings("unchecked")
    public SamTemplate copy() {
        return new SamTemplate((Map<String, Object>) deepCopy(root));
    }

    public Map<String, Object> root() {
        return root;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) root.get("Resources");
    }

    /** Resources of one type, by logical id. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> matching = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                matching.put(id, resource);
            }
        });
        return matching;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> globalsOf(String section) {
        Map<String, Object> globals = (Map<String, Object>) root.getOrDefault("Globals", Map.of());
        return (Map<String, Object>) globals.getOrDefault(section, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new java.util.ArrayList<>(list.stream().map(SamTemplate::deepCopy).toList());
        }
        return value;
    }

    /** SnakeYAML constructor that reads every {@code !Tag} as CloudFormation does. */
    private static final class CloudFormationTags extends SafeConstructor {
        CloudFormationTags() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    Object value = constructValue(node);
                    if (tag.equals("Ref") || tag.equals("Condition")) {
                        return Map.of(tag, value);
                    }
                    if (tag.equals("GetAtt") && value instanceof String text) {
                        int dot = text.indexOf('.');
                        return Map.of("Fn::GetAtt", List.of(text.substring(0, dot), text.substring(dot + 1)));
                    }
                    return Map.of("Fn::" + tag, value);
                }
            });
        }

        private Object constructValue(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            return constructMapping((MappingNode) node);
        }
    }
}
