package dev.orderflow.localcloud.template.internal;

import dev.orderflow.localcloud.template.ResourceDefinition;
import dev.orderflow.localcloud.template.TemplateSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the API Gateway URLs a template builds ({@code https://<id>.execute-api.<region>.amazonaws.com/<stage>})
 * to the local API, so outputs and environment variables point where the API really is.
 */
final class LocalUrls {

    private final List<String> prefixes = new ArrayList<>();
    private final String apiBaseUrl;

    LocalUrls(TemplateSettings settings, List<ResourceDefinition> resources, IntrinsicResolver resolver) {
        this.apiBaseUrl = settings.apiBaseUrl();
        for (ResourceDefinition resource : resources) {
            if (resource.type().equals("AWS::Serverless::Api") || resource.type().equals("AWS::ApiGateway::RestApi")) {
                String host = "https://" + resolver.ref(resource.logicalId()) + ".execute-api." + settings.region()
                        + ".amazonaws.com";
                String stage = resource.properties().path("StageName").asText("");
                if (!stage.isEmpty()) {
                    prefixes.add(host + "/" + stage);
                }
                prefixes.add(host);
            }
        }
    }

    String localise(String value) {
        String result = value;
        for (String prefix : prefixes) {
            result = result.replace(prefix, apiBaseUrl);
        }
        return result;
    }
}
