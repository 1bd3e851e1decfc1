package dev.orderflow.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orderflow.localcloud.edge.EdgeServer;
import dev.orderflow.localcloud.lambda.api.LambdaApi;
import dev.orderflow.localcloud.testing.AwsCli;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The Invoke API on the edge, driven by the real SDK v2 client and the AWS CLI. */
class LambdaApiIT {

    @TempDir
    static Path work;

    static LambdaService lambda;
    static EdgeServer edge;
    static LambdaClient client;

    @BeforeAll
    static void start() throws Exception {
        lambda = LambdaService.start(LambdaSettings.builder().isolation(Isolation.IN_PROCESS).workDirectory(work)
                .endpointUrl("http://127.0.0.1:4566").logSink((f, r, t) -> { }).build());
        lambda.register(FunctionConfig.builder().name("echo").arn(ExecutionModelContract.arn("echo"))
                .handler("dev.orderflow.localcloud.fixtures.EchoHandler::handleRequest")
                .artifact(ExecutionModelContract.FIXTURES).timeout(Duration.ofSeconds(5)).build(), "EchoFunction");
        edge = EdgeServer.bind("127.0.0.1", 0).register(new LambdaApi(lambda));
        edge.start();
        client = LambdaClient.builder().endpointOverride(URI.create(edge.url())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        edge.close();
        lambda.close();
    }

    @Test
    void shouldInvokeByNameLogicalIdAndArn() {
        for (String name : new String[] {"echo", "EchoFunction", ExecutionModelContract.arn("echo")}) {
            InvokeResponse response = client.invoke(r -> r.functionName(name).payload(SdkBytes.fromUtf8String("{\"n\":1}")));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).isNull();
            assertThat(response.executedVersion()).isEqualTo("$LATEST");
            assertThat(response.payload().asUtf8String()).contains("\"input\":{\"n\":1}");
        }
    }

    @Test
    void shouldReportAFunctionErrorAsLambdaDoes() {
        InvokeResponse response = client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("{\"fail\":\"boom\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(response.payload().asUtf8String()).contains("\"errorMessage\":\"boom\"");
    }

    @Test
    void shouldAcceptAnEventInvocation() {
        InvokeResponse response = client.invoke(r -> r.functionName("echo").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void shouldRejectAnUnknownFunctionAndABadPayload() {
        assertThatThrownBy(() -> client.invoke(r -> r.functionName("nope").payload(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Function not found: nope");
        assertThatThrownBy(() -> client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("{not json"))))
                .hasMessageContaining("Could not parse request body into json");
    }

    @Test
    void shouldServeTheAwsCli() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed");
        Path out = work.resolve("cli-out.json");

        AwsCli.Result invoked = AwsCli.run(edge.url(), "lambda", "invoke", "--function-name", "echo",
                "--payload", "{\"from\":\"cli\"}", out.toString());

        assertThat(invoked.exit()).as(invoked.err()).isZero();
        assertThat(invoked.out()).contains("\"StatusCode\": 200");
        assertThat(Files.readString(out)).contains("\"from\":\"cli\"");
    }
}
