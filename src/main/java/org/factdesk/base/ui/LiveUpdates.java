package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a component up to date with what colleagues change, while it is attached: it subscribes on attach and
 * unsubscribes on detach, and applies what arrives inside the UI's lock ({@code UI.access}), after which push sends
 * the result to the browser. What arrives while an update is waiting for the lock is applied with it, so a burst of
 * changes costs the page one refresh.
 */
public final class LiveUpdates<E> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final Component owner;
    private final Function<Consumer<E>, Registration> subscribe;
    private final Predicate<? super E> relevant;
    private final Consumer<List<E>> apply;
    private final List<E> pending = new ArrayList<>();
    private boolean scheduled;
    private @Nullable Registration subscription;

    private LiveUpdates(Component owner, Function<Consumer<E>, Registration> subscribe,
                        Predicate<? super E> relevant, Consumer<List<E>> apply) {
        this.owner = owner;
        this.subscribe = subscribe;
        this.relevant = relevant;
        this.apply = apply;
    }

    /**
     * Subscribes {@code owner} while it is attached. {@code subscribe} registers a listener with a service and
     * returns the registration; {@code apply} runs in the UI's lock with everything that arrived since the last time.
     */
    public static <E> void bind(Component owner, Function<Consumer<E>, Registration> subscribe,
                                Consumer<List<E>> apply) {
        bind(owner, subscribe, event -> true, apply);
    }

    /**
     * As {@link #bind(Component, Function, Consumer)}, for what passes {@code relevant}: it is asked on the
     * broadcaster's thread (so it must only read thread-safe state), and saves the UI's lock for everything else.
     */
    public static <E> void bind(Component owner, Function<Consumer<E>, Registration> subscribe,
                                Predicate<? super E> relevant, Consumer<List<E>> apply) {
        LiveUpdates<E> live = new LiveUpdates<>(owner, subscribe, relevant, apply);
        owner.addAttachListener(event -> live.start(event.getUI()));
        owner.addDetachListener(event -> live.stop());
        owner.getUI().ifPresent(live::start);
    }

    /** For subscriptions that only say that something changed: {@code refresh} runs once per burst. */
    public static void bindSignal(Component owner, Function<Runnable, Registration> subscribe, Runnable refresh) {
        LiveUpdates.<Boolean>bind(owner, listener -> subscribe.apply(() -> listener.accept(Boolean.TRUE)),
                signals -> refresh.run());
    }

    private void start(UI ui) {
        stop();
        subscription = subscribe.apply(event -> arrived(ui, event));
    }

    private void stop() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** Runs on the broadcaster's thread: queues the event and asks for the lock unless a request is under way. */
    private void arrived(UI ui, E event) {
        if (!relevant.test(event)) {
            return;
        }
        synchronized (this) {
            pending.add(event);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        try {
            ui.access(this::flush);
        } catch (UIDetachedException e) {
            // The tab is gone; its detach removes the subscription.
            synchronized (this) {
                pending.clear();
                scheduled = false;
            }
        }
    }

    private void flush() {
        List<E> batch;
        synchronized (this) {
            batch = List.copyOf(pending);
            pending.clear();
            scheduled = false;
        }
        if (owner.isAttached() && !batch.isEmpty()) {
            long started = System.nanoTime();
            apply.accept(batch);
            LOG.debug("{} applied {} live update(s) in {} ms", owner.getClass().getSimpleName(), batch.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
