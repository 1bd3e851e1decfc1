package dev.orderflow.localcloud.xray;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.xray.XRayClient;

/** The real AWS SDK v2 X-Ray client, pointed at a local X-Ray. */
public final class Clients {

    private Clients() {
    }

    public static URI endpoint(LocalXRay xray) {
        return URI.create("http://127.0.0.1:" + xray.daemonAddress().tcp().getPort());
    }

    public static XRayClient xray(LocalXRay xray) {
        return XRayClient.builder()
                .endpointOverride(endpoint(xray))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
