package dev.orderflow.localcloud.xray.internal.sampling;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits each rule's reservoir between the SDK clients that reported for it recently, as X-Ray
 * does when it answers GetSamplingTargets: together they sample at most the reservoir per second.
 */
public final class ReservoirShares {

    private static final long ACTIVE_MILLIS = 30_000;

    private final Map<String, Map<String, Long>> lastSeen = new ConcurrentHashMap<>();

    /** Records the client's report and returns its share of the rule's reservoir. */
    public int quota(SamplingRule rule, String clientId, long nowMillis) {
        Map<String, Long> clients = lastSeen.computeIfAbsent(rule.ruleName(), name -> new TreeMap<>());
        synchronized (clients) {
            clients.put(clientId, nowMillis);
            clients.values().removeIf(seen -> nowMillis - seen > ACTIVE_MILLIS);
            int active = clients.size();
            int index = 0;
            for (String id : clients.keySet()) {
                if (id.equals(clientId)) {
                    break;
                }
                index++;
            }
            int share = rule.reservoirSize() / active;
            return share + (index < rule.reservoirSize() % active ? 1 : 0);
        }
    }
}
