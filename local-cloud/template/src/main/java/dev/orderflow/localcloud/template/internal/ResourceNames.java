package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.TemplateException;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.CRC32;

/**
 * What {@code !Ref} and {@code !GetAtt} of a resource give locally: the name the template sets
 * (TableName, FunctionName, ...) or a stable generated one ({@code <stack>-<LogicalId>}, without
 * CloudFormation's random suffix, so data kept between runs finds its table again), and ARNs,
 * URLs and ids in the shapes AWS uses.
 */
final class ResourceNames {

    private final TemplateSettings settings;
    private final Map<String, Map<String, Object>> resources;
    private final BiFunction<Object, String, Object> resolver;
    private final Map<String, String> physicalNames = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    ResourceNames(TemplateSettings settings, Map<String, Map<String, Object>> resources,
            BiFunction<Object, String, Object> resolver) {
        this.settings = settings;
        this.resources = resources;
        this.resolver = resolver;
    }

    boolean exists(String logicalId) {
        return resources.containsKey(logicalId);
    }

    String type(String logicalId) {
        return String.valueOf(resources.get(logicalId).get("Type"));
    }

    /** The value of {@code !Ref logicalId}. */
    String ref(String logicalId) {
        String type = type(logicalId);
        switch (type) {
            case "AWS::SQS::Queue":
                return queueUrl(logicalId);
            case "AWS::Serverless::LayerVersion":
            case "AWS::Lambda::LayerVersion":
                return arn("lambda", "layer:" + physicalName(logicalId) + ":1");
            case "AWS::SNS::Topic":
                return arn("sns", physicalName(logicalId));
            case "AWS::Serverless::Api":
            case "AWS::ApiGateway::RestApi":
            case "AWS::Serverless::HttpApi":
            case "AWS::ApiGatewayV2::Api":
                return restApiId(logicalId);
            default:
                return physicalName(logicalId);
        }
    }

    /** The value of {@code !GetAtt logicalId.attribute}. */
    String attribute(String logicalId, String attribute) {
        String type = type(logicalId);
        String name = physicalName(logicalId);
        switch (type + "." + attribute) {
            case "AWS::Serverless::Function.Arn":
            case "AWS::Lambda::Function.Arn":
                return arn("lambda", "function:" + name);
            case "AWS::DynamoDB::Table.Arn":
            case "AWS::Serverless::SimpleTable.Arn":
                return arn("dynamodb", "table/" + name);
            case "AWS::DynamoDB::Table.StreamArn":
                return arn("dynamodb", "table/" + name + "/stream/1970-01-01T00:00:00.000");
            case "AWS::SQS::Queue.Arn":
                return arn("sqs", name);
            case "AWS::SQS::Queue.QueueName":
                return name;
            case "AWS::SQS::Queue.QueueUrl":
                return queueUrl(logicalId);
            case "AWS::Events::EventBus.Arn":
                return arn("events", "event-bus/" + name);
            case "AWS::Events::EventBus.Name":
                return name;
            case "AWS::Events::Rule.Arn":
                return arn("events", "rule/" + name);
            case "AWS::Logs::LogGroup.Arn":
                return arn("logs", "log-group:" + name + ":*");
            case "AWS::IAM::Role.Arn":
                return "arn:aws:iam::" + settings.accountId() + ":role/" + name;
            case "AWS::SNS::Topic.TopicName":
                return name;
            case "AWS::Serverless::Api.RootResourceId":
            case "AWS::ApiGateway::RestApi.RootResourceId":
                return stableId(logicalId + "/", 10);
            default:
                if ("Arn".equals(attribute)) {
                    return arn(service(type), name);
                }
                throw new TemplateException("!GetAtt " + logicalId + "." + attribute + ": attribute " + attribute
                        + " of " + type + " is not known to the local cloud");
        }
    }

    /** The name AWS would give the resource: the one the template sets, or a stable generated one. */
    String physicalName(String logicalId) {
        String known = physicalNames.get(logicalId);
        if (known != null) {
            return known;
        }
        if (!resolving.add(logicalId)) {
            throw new TemplateException("Resources." + logicalId + ": its name depends on itself");
        }
        try {
            String name = explicitName(logicalId);
            if (name == null) {
                name = settings.stackName() + "-" + logicalId;
                if ("AWS::SQS::Queue".equals(type(logicalId)) && Boolean.TRUE.equals(property(logicalId, "FifoQueue"))) {
                    name += ".fifo";
                }
            }
            physicalNames.put(logicalId, name);
            return name;
        } finally {
            resolving.remove(logicalId);
        }
    }

    String restApiId(String logicalId) {
        return stableId(logicalId, 10);
    }

    private String explicitName(String logicalId) {
        String property = NamingProperties.of(type(logicalId));
        if (property == null) {
            return null;
        }
        Object value = property(logicalId, property);
        if (value == null) {
            return null;
        }
        Object resolved = resolver.apply(value, "Resources." + logicalId + ".Properties." + property);
        return resolved == null || resolved == IntrinsicResolver.NO_VALUE ? null : String.valueOf(resolved);
    }

    private Object property(String logicalId, String name) {
        Map<String, Object> properties = Yaml.map(resources.get(logicalId).get("Properties"));
        return properties == null ? null : properties.get(name);
    }

    private String queueUrl(String logicalId) {
        return settings.edgeUrl() + "/" + settings.accountId() + "/" + physicalName(logicalId);
    }

    private String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + settings.region() + ":" + settings.accountId() + ":" + resource;
    }

    private static String service(String type) {
        String[] parts = type.split("::");
        return parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
    }

    /** A short lowercase id that stays the same between runs, as API Gateway ids look. */
    private static String stableId(String seed, int length) {
        CRC32 crc = new CRC32();
        crc.update(seed.getBytes(StandardCharsets.UTF_8));
        String base36 = Long.toString(crc.getValue() * 2_654_435_761L & Long.MAX_VALUE, 36);
        StringBuilder id = new StringBuilder(base36);
        while (id.length() < length) {
            id.append(base36);
        }
        return id.substring(0, length);
    }

    /** The property that names a resource of each type. */
    private static final class NamingProperties {
        private static final Map<String, String> BY_TYPE = Map.ofEntries(
                Map.entry("AWS::Serverless::Function", "FunctionName"),
                Map.entry("AWS::Lambda::Function", "FunctionName"),
                Map.entry("AWS::DynamoDB::Table", "TableName"),
                Map.entry("AWS::Serverless::SimpleTable", "TableName"),
                Map.entry("AWS::SQS::Queue", "QueueName"),
                Map.entry("AWS::Events::EventBus", "Name"),
                Map.entry("AWS::Events::Rule", "Name"),
                Map.entry("AWS::Logs::LogGroup", "LogGroupName"),
                Map.entry("AWS::IAM::Role", "RoleName"),
                Map.entry("AWS::SNS::Topic", "TopicName"),
                Map.entry("AWS::Serverless::LayerVersion", "LayerName"),
                Map.entry("AWS::Lambda::LayerVersion", "LayerName"),
                Map.entry("AWS::Serverless::Api", "Name"),
                Map.entry("AWS::ApiGateway::RestApi", "Name"));

        private NamingProperties() {
        }

        static String of(String type) {
            return BY_TYPE.get(type);
        }
    }
}
