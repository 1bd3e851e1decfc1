package dev.orderflow.localcloud.asyncinvocation.internal;

import java.util.List;

/** Where accepted events wait until they succeed or are given up: files in the data directory, or nowhere. */
public interface Journal {

    void save(PendingInvocation invocation);

    void remove(PendingInvocation invocation);

    /** What a previous run left pending. */
    List<PendingInvocation> load();

    /** Nothing is kept: events live only in the local cloud's memory. */
    Journal IN_MEMORY = new Journal() {
        @Override
        public void save(PendingInvocation invocation) {
        }

        @Override
        public void remove(PendingInvocation invocation) {
        }

        @Override
        public List<PendingInvocation> load() {
            return List.of();
        }
    };
}
