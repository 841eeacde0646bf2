package org.factdesk.cluster;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.base.Broadcaster;
import org.factdesk.base.DeskEvents;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's events across nodes through PostgreSQL: {@code pg_notify} on a connection of its own (one sending
 * thread, so that a committing thread never waits and never takes a second connection from the pool), and a thread
 * that {@code LISTEN}s on another dedicated connection and hands what it hears to this node's listeners. A node hears
 * its own events the same way. Channels are named after the schema too ({@code fd_<schema>_<topic>}), so that two
 * desks in two schemas of one database never hear each other. A lost connection is opened again after a second; the
 * events sent meanwhile are lost, which costs a screen one refresh, never data.
 */
final class PostgresEvents implements DeskEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEvents.class);
    private static final long POLL_MILLIS = 250;

    private final String url;
    private final String user;
    private final String password;
    private final String prefix;
    private final Map<String, Channel<?>> channels = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("factdesk-notify").factory());
    private final Thread listener;
    private volatile boolean running = true;
    private @Nullable Connection sending;

    PostgresEvents(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        try (Connection connection = open(); Statement statement = connection.createStatement();
             ResultSet schema = statement.executeQuery("select current_schema()")) {
            schema.next();
            String name = schema.getString(1);
            this.prefix = "fd_" + (name == null ? "public" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"))
                    + "_";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL for the desk's events", e);
        }
        listener = Thread.ofPlatform().daemon().name("factdesk-listen").start(this::listen);
        // The sending connection is opened now, not at the first event, which would wait for it.
        sender.execute(() -> {
            try {
                sending = open();
            } catch (SQLException e) {
                LOG.warn("Could not open the connection that tells other nodes of events; trying again at the first", e);
            }
        });
    }

    @Override
    public <E> Topic<E> topic(String name, Function<E, List<String>> encode, Function<String, E> decode) {
        String channel = prefix + name;
        if (!channel.matches("[a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("Not a usable channel name: " + channel);
        }
        Channel<E> topic = new Channel<>(channel, encode, decode, new Broadcaster<>());
        if (channels.putIfAbsent(channel, topic) != null) {
            throw new IllegalStateException("Two topics are named " + name);
        }
        return topic;
    }

    /** Whether the listening connection listens to every topic's channel now (tests wait for it). */
    boolean listening() {
        return listeningTo.containsAll(channels.keySet());
    }

    private final Set<String> listeningTo = ConcurrentHashMap.newKeySet();

    private void listen() {
        while (running) {
            try (Connection connection = open(); Statement statement = connection.createStatement()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                Set<String> listened = new HashSet<>();
                while (running) {
                    for (String channel : channels.keySet()) {
                        if (listened.add(channel)) {
                            statement.execute("listen " + channel);
                            listeningTo.add(channel);
                        }
                    }
                    PGNotification[] heard = postgres.getNotifications((int) POLL_MILLIS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            LOG.debug("Heard on {}: {}", notification.getName(), notification.getParameter());
                            Channel<?> channel = channels.get(notification.getName());
                            if (channel != null) {
                                channel.heard(notification.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listeningTo.clear();
                if (running) {
                    LOG.warn("Lost the connection that hears other nodes' events; opening it again in a second", e);
                    pause();
                }
            }
        }
    }

    private void send(String channel, String payload) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                if (sending == null || sending.isClosed()) {
                    sending = open();
                }
                try (PreparedStatement notify = sending.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
                LOG.debug("Sent on {}: {}", channel, payload);
                return;
            } catch (SQLException e) {
                closeSending();
                if (attempt == 2) {
                    LOG.warn("Could not tell the other nodes of an event on {}", channel, e);
                }
            }
        }
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        return connection;
    }

    private void closeSending() {
        try {
            if (sending != null) {
                sending.close();
            }
        } catch (SQLException ignored) {
            // already gone
        }
        sending = null;
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
            listener.join(2 * POLL_MILLIS + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSending();
    }

    private final class Channel<E> implements Topic<E> {

        private final String name;
        private final Function<E, List<String>> encode;
        private final Function<String, E> decode;
        private final Broadcaster<E> broadcaster;

        Channel(String name, Function<E, List<String>> encode, Function<String, E> decode,
                Broadcaster<E> broadcaster) {
            this.name = name;
            this.encode = encode;
            this.decode = decode;
            this.broadcaster = broadcaster;
        }

        @Override
        public void publish(E event) {
            for (String payload : encode.apply(event)) {
                sender.execute(() -> send(name, payload));
            }
        }

        @Override
        public Registration subscribe(Consumer<? super E> listener) {
            return broadcaster.register(listener);
        }

        void heard(String payload) {
            try {
                broadcaster.broadcast(decode.apply(payload));
            } catch (RuntimeException e) {
                LOG.warn("Could not read an event heard on {}: {}", name, payload, e);
            }
        }
    }
}
