package dev.orderflow.localcloud.xray.internal.graph;

import java.util.Objects;

/** A node of the service map: a name and a type ({@code origin}; null when the segments give none). */
public record ServiceKey(String name, String type) {

    /** Where root segments are called from. */
    public static final ServiceKey CLIENT = new ServiceKey("client", "client");

    public ServiceKey {
        Objects.requireNonNull(name, "name");
    }

    public boolean isClient() {
        return this.equals(CLIENT);
    }
}
