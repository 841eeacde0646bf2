package org.factdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production jar ({@link #JAR}, built by {@code mvn verify} before the browser tests) in a JVM of its own on a free
 * port, as it is deployed: for the tests of several nodes and of the ahead-of-time start. Its output goes to a log.
 */
public final class JarNode implements AutoCloseable {

    public static final Path JAR = Path.of("target", "factdesk.jar");

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private JarNode(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts the jar with {@code javaOptions} and {@code environment} (PORT is chosen here) and returns once it answers
     * {@code /login}; fails, naming the log, when it stops or has not answered within four minutes.
     */
    public static JarNode start(Path log, Map<String, String> environment, String... javaOptions)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        JarNode node = new JarNode(builder.start(), "http://localhost:" + port, log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline && node.process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(node.baseUrl + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        node.close();
        throw new IllegalStateException("FactDesk's jar did not start: see " + log);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** What the node wrote so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the node at once, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node as Ctrl+C would, and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
