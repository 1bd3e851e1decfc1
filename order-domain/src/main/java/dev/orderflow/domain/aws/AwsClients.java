package dev.orderflow.domain.aws;

import dev.orderflow.domain.config.Env;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Builds the SDK clients a function uses, once per execution environment. The region and the
 * credentials provider are set explicitly and the URL-connection HTTP client is used: together they
 * skip the SDK's slowest discovery steps at cold start. Endpoints are left to the SDK, which honours
 * {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>}: that is how the same jar talks to
 * the local cloud.
 */
public final class AwsClients {

    private final Region region;
    private final AwsCredentialsProvider credentials;

    public AwsClients(Env env) {
        this.region = Region.of(env.find("AWS_REGION").or(() -> env.find("AWS_DEFAULT_REGION")).orElse("us-east-1"));
        // On Lambda the execution role's keys are in the environment; elsewhere use the usual chain.
        this.credentials = env.find("AWS_LAMBDA_FUNCTION_NAME").isPresent() && env.find("AWS_ACCESS_KEY_ID").isPresent()
                ? EnvironmentVariableCredentialsProvider.create()
                : DefaultCredentialsProvider.builder().build();
    }

    public DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public EventBridgeClient eventBridge() {
        return EventBridgeClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
