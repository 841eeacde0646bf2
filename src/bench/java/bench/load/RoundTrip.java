package bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server round trips under concurrency (issue 15): CLIENTS signed-in pages, each sending ACTIONS requests one after
 * the other, timed on the client over localhost (so mostly server time: no browser draws anything). Two actions:
 * {@code open-claim:FIRST-LAST} navigates the page to {@code claims/ID} for a random id in that range, as a click on
 * a list row does in FactDesk; {@code click:ELEMENT-ID} clicks the button of that id, as the bare app's action;
 * {@code routes:FIRST,…,LAST} navigates inside the page to each route in turn and times only the arrivals at the last
 * (so {@code routes:dashboard,claims} times the claims list reached from the dashboard, its first page included).
 *
 * It also prints the responses' mean size in characters and the state nodes they attach; {@code ROUNDTRIP_DUMP=FILE}
 * writes the first page's last response to FILE. With {@code ROUNDTRIP_SERVER_PID=PID} (a server on this machine) it
 * prints the CPU time the server's request threads spent per round trip, sign-ins left out: unlike the times, which
 * a busy machine stretches, that figure barely moves with the load, so two builds compare on a shared machine.
 *
 * <pre>java src/bench/java/bench/load/RoundTrip.java BASE USER PASSWORD ROUTE ACTION [CLIENTS=5] [ACTIONS=100]</pre>
 */
final class RoundTrip {

    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,"
            + "\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,\"event.clientY\":10,"
            + "\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        String route = args[3].equals("/") ? "" : args[3];
        String action = args[4];
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        int actions = args.length > 6 ? Integer.parseInt(args[6]) : 100;

        List<SignIn> pages = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SignIn page = new SignIn(base).signIn(user, password);
            page.open(route);
            pages.add(page);
        }
        String serverPid = System.getenv("ROUNDTRIP_SERVER_PID");
        long cpuBefore = serverPid == null ? 0 : requestThreadsCpuTicks(serverPid);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<int[]> sizes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (SignIn page : pages) {
            running.add(pool.submit(() -> {
                if (action.startsWith("routes:")) {
                    List<String> routes = List.of(action.substring("routes:".length()).split(",", -1));
                    for (int i = 0; i < actions; i++) {
                        for (String each : routes.subList(0, routes.size() - 1)) {
                            page.uidl(navigation(each));
                        }
                        long started = System.nanoTime();
                        String body = page.uidl(navigation(routes.getLast()));
                        millis.add((System.nanoTime() - started) / 1e6);
                        sizes.add(new int[] {body.length(), count(body, "\"type\":\"attach\"")});
                    }
                    return null;
                }
                String request = request(page, action);
                for (int i = 0; i < actions; i++) {
                    long started = System.nanoTime();
                    String body = page.uidl(request);
                    millis.add((System.nanoTime() - started) / 1e6);
                    sizes.add(new int[] {body.length(), count(body, "\"type\":\"attach\"")});
                    if (action.startsWith("open-claim:")) {
                        request = request(page, action);
                    }
                }
                return null;
            }));
        }
        for (Future<?> each : running) {
            each.get();
        }
        pool.shutdown();
        long cpuTicks = serverPid == null ? 0 : requestThreadsCpuTicks(serverPid) - cpuBefore;
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s %s: %d round trips, %d clients: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                base, action, sorted.length, clients, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                sorted[sorted.length - 1]);
        System.out.printf("responses: %.0f chars, %.0f state nodes attached on average%n",
                sizes.stream().mapToInt(size -> size[0]).average().orElse(0),
                sizes.stream().mapToInt(size -> size[1]).average().orElse(0));
        if (serverPid != null) {
            // Clock ticks of 10 ms (USER_HZ = 100 on Linux).
            System.out.printf("server request threads: %.1f ms CPU per round trip%n",
                    cpuTicks * 10.0 / sorted.length);
        }
        String dump = System.getenv("ROUNDTRIP_DUMP");
        if (dump != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump), pages.getFirst().lastBody);
        }
        System.out.println("a last response (" + pages.getFirst().lastBody.length() + " chars): "
                + SignIn.shorten(pages.getFirst().lastBody.replaceAll("\\s+", " ")).substring(0, 200));
    }

    private static String request(SignIn page, String action) {
        if (action.startsWith("open-claim:")) {
            long[] range = Arrays.stream(action.substring("open-claim:".length()).split("-"))
                    .mapToLong(Long::parseLong).toArray();
            long id = ThreadLocalRandom.current().nextLong(range[0], range[1] + 1);
            return navigation("claims/" + id);
        }
        if (action.startsWith("click:")) {
            String elementId = action.substring("click:".length());
            Matcher node = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,"
                    + "\"value\":\"" + Pattern.quote(elementId) + "\"}").matcher(page.lastBody);
            if (!node.find()) {
                throw new IllegalStateException("no element " + elementId + " on the page");
            }
            return "{\"type\":\"event\",\"node\":" + node.group(1) + ",\"event\":\"click\",\"data\":" + CLICK_DATA
                    + "}";
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    /** A navigation inside the page to ROUTE, as a click on a router link sends it. */
    private static String navigation(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}";
    }

    /**
     * The user and system CPU time, in clock ticks, of the server's Tomcat request threads ({@code http-nio-…}: they
     * run Vaadin's requests) from {@code /proc/PID/task/TID/stat}; threads that ended meanwhile are not counted.
     */
    private static long requestThreadsCpuTicks(String pid) throws java.io.IOException {
        long ticks = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    if (!java.nio.file.Files.readString(task.resolve("comm")).startsWith("http-nio")) {
                        continue;
                    }
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    // After "pid (name) ", field 3 (state) comes first; utime and stime are fields 14 and 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.nio.file.NoSuchFileException ended) {
                    // The thread ended between the listing and the read.
                }
            }
        }
        return ticks;
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
