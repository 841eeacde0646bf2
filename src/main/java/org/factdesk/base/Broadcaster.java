package org.factdesk.base;

import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every event to every registered listener, each delivery on a virtual thread of its own: whoever broadcasts
 * (a thread that has just committed a change for a user) never waits for a listener, a slow listener (a browser tab
 * waiting for its session) delays no other, and a failing one is logged and harms no other. Deliveries may run at
 * the same time and in any order, so listeners should treat an event as "something changed" and read the state
 * afresh rather than apply it as a delta.
 */
public final class Broadcaster<E> {

    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);
    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().name("factdesk-broadcast-", 0).factory();

    private final Set<Listener<E>> listeners = ConcurrentHashMap.newKeySet();
    private final Executor executor;

    public Broadcaster() {
        this(task -> VIRTUAL.newThread(task).start());
    }

    /** With the executor that runs each delivery; a test may pass {@code Runnable::run} to deliver in place. */
    public Broadcaster(Executor executor) {
        this.executor = executor;
    }

    /** Adds a listener until the registration is removed; registering the same one twice delivers twice. */
    public Registration register(Consumer<? super E> listener) {
        Listener<E> entry = new Listener<>(listener);
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** Delivers the event to the listeners registered now; returns at once. */
    public void broadcast(E event) {
        for (Listener<E> listener : listeners) {
            executor.execute(() -> listener.deliver(event));
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** A registration of its own, so that the same lambda registered twice is two listeners. */
    private record Listener<E>(Consumer<? super E> target) {

        void deliver(E event) {
            try {
                target.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {}; the others still hear of it", event, e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
