package org.factdesk.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers the events one transaction raises and hands them over together once it has committed: others then read
 * what was really saved, a burst of changes (one action writes several history entries) arrives as one batch, and a
 * rolled-back transaction hands over nothing. Outside a transaction an event is handed over at once.
 */
public final class AfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /**
     * Adds the event to the current transaction's batch for {@code owner} (one batch per owner and transaction);
     * {@code committed} receives the batch after the commit, on the committing thread, so it must only hand it on.
     */
    public static <E> void collect(Object owner, E event, Consumer<List<E>> committed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.accept(List.of(event));
            return;
        }
        batchOf(owner, committed).events.add(event);
    }

    @SuppressWarnings("unchecked")
    private static <E> Batch<E> batchOf(Object owner, Consumer<List<E>> committed) {
        // Looked up among the synchronizations rather than bound as a resource: a transaction started inside this
        // one (REQUIRES_NEW) has synchronizations of its own, and so a batch of its own.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Batch<?> batch && batch.owner == owner) {
                return (Batch<E>) batch;
            }
        }
        Batch<E> batch = new Batch<>(owner, committed);
        TransactionSynchronizationManager.registerSynchronization(batch);
        return batch;
    }

    private static final class Batch<E> implements TransactionSynchronization {

        private final Object owner;
        private final Consumer<List<E>> committed;
        private final List<E> events = new ArrayList<>();

        Batch(Object owner, Consumer<List<E>> committed) {
            this.owner = owner;
            this.committed = committed;
        }

        @Override
        public void afterCommit() {
            try {
                committed.accept(List.copyOf(events));
            } catch (RuntimeException e) {
                // The change is saved: a failure to tell others must not make its author believe otherwise.
                LOG.warn("Could not hand over {} committed events", events.size(), e);
            }
        }
    }
}
