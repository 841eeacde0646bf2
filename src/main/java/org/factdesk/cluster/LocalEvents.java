package org.factdesk.cluster;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.base.Broadcaster;
import org.factdesk.base.DeskEvents;

/** A single node's events: handed over in the JVM as they are, never encoded. */
final class LocalEvents implements DeskEvents {

    @Override
    public <E> Topic<E> topic(String name, Function<E, List<String>> encode, Function<String, E> decode) {
        Broadcaster<E> broadcaster = new Broadcaster<>();
        return new Topic<>() {
            @Override
            public void publish(E event) {
                broadcaster.broadcast(event);
            }

            @Override
            public Registration subscribe(Consumer<? super E> listener) {
                return broadcaster.register(listener);
            }
        };
    }
}
