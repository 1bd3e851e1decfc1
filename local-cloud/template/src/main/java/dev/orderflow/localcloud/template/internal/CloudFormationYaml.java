package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads CloudFormation YAML: the short-form tags ({@code !Ref}, {@code !Sub}, {@code !GetAtt}, ...)
 * become their long forms ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}), and dates stay strings
 * (CloudFormation reads {@code 2012-10-17} as text, YAML 1.1 as a timestamp).
 */
public final class CloudFormationYaml {

    private static final List<String> FUNCTIONS = List.of("Base64", "Cidr", "FindInMap", "GetAZs", "If", "ImportValue",
            "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "Not", "Or", "ToJsonString", "Length");

    private CloudFormationYaml() {
    }

    /** Parses a template to plain maps, lists and scalars. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new Constructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new NoTimestampResolver());
        try {
            Object root = yaml.load(text);
            if (!(root instanceof Map)) {
                throw new TemplateException("template: expected a mapping at the top level");
            }
            return (Map<String, Object>) root;
        } catch (YAMLException e) {
            throw new TemplateException("template is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static final class Constructor extends SafeConstructor {

        Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
            }
        }

        Object constructAny(Node node) {
            if (node instanceof ScalarNode) {
                return constructScalar((ScalarNode) node);
            }
            if (node instanceof SequenceNode) {
                return constructSequence((SequenceNode) node);
            }
            return constructMapping((MappingNode) node);
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String key;

            Intrinsic(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, constructAny(node));
                return longForm;
            }
        }

        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object value = constructAny(node);
                if (value instanceof String) {
                    String text = (String) value;
                    int dot = text.indexOf('.');
                    value = dot < 0 ? List.of(text) : List.of(text.substring(0, dot), text.substring(dot + 1));
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put("Fn::GetAtt", value);
                return longForm;
            }
        }
    }

    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
