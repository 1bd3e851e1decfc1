package dev.orderflow.localcloud.dynamodb.internal.store;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Item locks by stripe: an item's writes, and the transactions touching it, run one at a time.
 * Several stripes are always taken in ascending order, so transactions cannot deadlock.
 */
final class StripedLocks {

    private static final int STRIPES = 1024;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    StripedLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    int stripe(String table, Key key) {
        int h = table.hashCode() * 31 + key.hashCode();
        h ^= h >>> 16;
        return h & (STRIPES - 1);
    }

    void lock(int stripe) {
        locks[stripe].lock();
    }

    void unlock(int stripe) {
        locks[stripe].unlock();
    }

    /** Locks the stripes in ascending order; returns them for {@link #unlockAll}. */
    TreeSet<Integer> lockAll(Collection<Integer> stripes) {
        TreeSet<Integer> ordered = new TreeSet<>(stripes);
        for (int stripe : ordered) {
            locks[stripe].lock();
        }
        return ordered;
    }

    void unlockAll(TreeSet<Integer> stripes) {
        for (int stripe : stripes.descendingSet()) {
            locks[stripe].unlock();
        }
    }

    TreeSet<Integer> lockEverything() {
        TreeSet<Integer> all = new TreeSet<>();
        for (int i = 0; i < STRIPES; i++) {
            all.add(i);
        }
        return lockAll(all);
    }
}
