package org.factdesk.base;

import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Events that every node of the desk hears: committed claim changes, notifications, ended sessions. On one node (H2)
 * they stay in the JVM, handed over as they are; on PostgreSQL they travel by {@code NOTIFY} and every node, this one
 * included, hears them on a connection of its own that {@code LISTEN}s (decision 018). So an event must be small (ids
 * and names, never texts) and say only "look again": a listener reads what changed afresh.
 */
public interface DeskEvents {

    /**
     * The topic {@code name} (lower-case letters, digits and '_') of events of one type. {@code encode} writes an
     * event as one or more short texts (each under {@link #MAX_PAYLOAD} UTF-8 bytes: split a large event), each of
     * which {@code decode} reads back as an event on its own. Only the PostgreSQL implementation uses them.
     */
    <E> Topic<E> topic(String name, Function<E, List<String>> encode, Function<String, E> decode);

    /** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; this leaves room. */
    int MAX_PAYLOAD = 7_000;

    /** Joins lines into as few payloads as fit under {@link #MAX_PAYLOAD}, one line never split. */
    static List<String> payloads(List<String> lines) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        int bytes = 0;
        for (String line : lines) {
            int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes > 0 && bytes + size > MAX_PAYLOAD) {
                payloads.add(payload.toString());
                payload.setLength(0);
                bytes = 0;
            }
            payload.append(bytes == 0 ? "" : "\n").append(line);
            bytes += size;
        }
        if (bytes > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** Where events of one type are published and heard. */
    interface Topic<E> {

        /** Hands the event to every listener on every node; returns at once (call it after the commit). */
        void publish(E event);

        /** Calls back for each event heard, on a thread of its own (see {@link Broadcaster}), until removed. */
        Registration subscribe(Consumer<? super E> listener);
    }
}
