package dev.orderflow.localcloud.xray.internal.segment;

/** The {@code http} block of a segment, as GetTraceSummaries reports it. Any field may be null. */
public record HttpFacts(String method, String url, String userAgent, String clientIp, Integer status) {
}
