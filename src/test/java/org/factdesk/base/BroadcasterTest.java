package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The fan-out itself, delivering in place so that what is not delivered is known at once. */
class BroadcasterTest {

    private final Broadcaster<String> broadcaster = new Broadcaster<>(Runnable::run);
    private final List<String> heard = new ArrayList<>();

    @Test
    void every_registered_listener_hears_every_event() {
        List<String> other = new ArrayList<>();
        broadcaster.register(heard::add);
        broadcaster.register(other::add);

        broadcaster.broadcast("one");
        broadcaster.broadcast("two");

        assertThat(heard).containsExactly("one", "two");
        assertThat(other).containsExactly("one", "two");
    }

    @Test
    void a_removed_listener_hears_nothing_more() {
        Registration registration = broadcaster.register(heard::add);
        broadcaster.broadcast("before");

        registration.remove();
        broadcaster.broadcast("after");

        assertThat(heard).containsExactly("before");
        assertThat(broadcaster.listenerCount()).isZero();
    }

    @Test
    void the_same_listener_registered_twice_is_removed_one_registration_at_a_time() {
        Consumer<String> listener = heard::add;
        Registration first = broadcaster.register(listener);
        broadcaster.register(listener);

        first.remove();
        broadcaster.broadcast("event");

        assertThat(heard).containsExactly("event");
        assertThat(broadcaster.listenerCount()).isOne();
    }

    @Test
    void a_failing_listener_keeps_no_other_from_hearing() {
        broadcaster.register(event -> {
            throw new IllegalStateException("broken");
        });
        broadcaster.register(heard::add);

        broadcaster.broadcast("event");

        assertThat(heard).containsExactly("event");
    }

    @Test
    void by_default_listeners_hear_on_another_thread() throws InterruptedException {
        Broadcaster<String> threaded = new Broadcaster<>();
        BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
        threaded.register(event -> threads.add(Thread.currentThread()));

        threaded.broadcast("event");

        Thread thread = threads.poll(20, TimeUnit.SECONDS);
        assertThat(thread).isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(thread.isVirtual()).isTrue();
    }

    @Test
    void outside_a_transaction_an_event_is_handed_over_at_once() {
        List<List<String>> batches = new ArrayList<>();

        AfterCommit.collect(this, "event", batches::add);

        assertThat(batches).containsExactly(List.of("event"));
    }
}
