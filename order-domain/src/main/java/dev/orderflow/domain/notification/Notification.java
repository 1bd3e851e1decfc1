package dev.orderflow.domain.notification;

import java.time.Instant;

/**
 * A notification the system would send: to which customer, with which template, about which order.
 * The recipient is the customer id; resolving it to an address is the delivery channel's job, so no
 * address is stored here.
 */
public record Notification(String orderId, String template, String recipient, String channel, String eventId, Instant createdAt) {
}
