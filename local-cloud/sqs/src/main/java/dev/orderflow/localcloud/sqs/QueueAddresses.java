package dev.orderflow.localcloud.sqs;

import java.util.Optional;

/** Queue names, ARNs ({@code arn:aws:sqs:<region>:<account>:<name>}) and URLs ({@code <edge>/<account>/<name>}). */
public final class QueueAddresses {

    private final String edgeUrl;
    private final String region;
    private final String accountId;

    public QueueAddresses(String edgeUrl, String region, String accountId) {
        this.edgeUrl = edgeUrl.endsWith("/") ? edgeUrl.substring(0, edgeUrl.length() - 1) : edgeUrl;
        this.region = region;
        this.accountId = accountId;
    }

    public String arn(String queueName) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + queueName;
    }

    public String url(String queueName) {
        return edgeUrl + "/" + accountId + "/" + queueName;
    }

    /** The queue name of an SQS ARN, or empty when the text is not one. */
    public static Optional<String> nameOfArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs") || parts[5].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts[5]);
    }

    /** The URL of the queue an ARN names, or empty when it is not an SQS ARN. */
    public Optional<String> urlOfArn(String arn) {
        return nameOfArn(arn).map(this::url);
    }
}
