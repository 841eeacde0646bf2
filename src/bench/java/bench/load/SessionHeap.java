package bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per signed-in session (issue 15): signs in {@code warm} sessions on a route (so classes, caches and pools are
 * in place), takes a class histogram of the server ({@code jcmd PID GC.class_histogram}, after a full GC), signs in
 * {@code count} more sessions that stay open on the route, takes a second histogram, and prints the difference per
 * session with the classes that grew most.
 *
 * <pre>java src/bench/java/bench/load/SessionHeap.java BASE USER PASSWORD ROUTE PID [COUNT=100] [WARM=10] [TOP=30]</pre>
 */
public final class SessionHeap {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    /** One class's row of a histogram. */
    public record Counts(long instances, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        String route = args[3];
        String pid = args[4];
        int count = args.length > 5 ? Integer.parseInt(args[5]) : 100;
        int warm = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        int top = args.length > 7 ? Integer.parseInt(args[7]) : 30;

        List<SignIn> open = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            open.add(signedIn(base, user, password, route));
        }
        Map<String, Counts> before = histogram(pid);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            open.add(signedIn(base, user, password, route));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Counts> after = histogram(pid);

        report("%s /%s: %d sessions in %d ms".formatted(base, route, count, millis), before, after, count, top);
        System.out.println("open sessions kept by this run: " + open.size());
    }

    /**
     * Prints the heap's growth between two histograms per session, then the classes that grew most: bytes and
     * instances per session.
     */
    public static void report(String what, Map<String, Counts> before, Map<String, Counts> after, int count, int top) {
        long grown = after.get("Total").bytes() - before.get("Total").bytes();
        System.out.printf("%s; heap %+,d bytes: %.1f KB per session%n", what, grown, grown / 1024.0 / count);
        List<Map.Entry<String, Long>> diff = new ArrayList<>();
        for (var entry : after.entrySet()) {
            if (!entry.getKey().equals("Total")) {
                long was = before.getOrDefault(entry.getKey(), new Counts(0, 0)).bytes();
                diff.add(Map.entry(entry.getKey(), entry.getValue().bytes() - was));
            }
        }
        diff.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        System.out.println("bytes/session  instances/session  class");
        for (var entry : diff.subList(0, Math.min(top, diff.size()))) {
            long instances = after.get(entry.getKey()).instances()
                    - before.getOrDefault(entry.getKey(), new Counts(0, 0)).instances();
            System.out.printf("%,12.0f  %12.1f  %s%n", entry.getValue() / (double) count, instances / (double) count,
                    entry.getKey());
        }
        System.out.println("shrank most (caches and buffers that moved meanwhile):");
        for (var entry : diff.subList(Math.max(0, diff.size() - 5), diff.size()).reversed()) {
            if (entry.getValue() < 0) {
                System.out.printf("%,12.0f  %s%n", entry.getValue() / (double) count, entry.getKey());
            }
        }
    }

    private static SignIn signedIn(String base, String user, String password, String route)
            throws IOException, InterruptedException {
        SignIn session = new SignIn(base).signIn(user, password);
        session.open(route);
        return session;
    }

    /** The server's class histogram after a full GC, by class name, with the total under {@code Total}. */
    public static Map<String, Counts> histogram(String pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        Map<String, Counts> classes = new HashMap<>();
        for (String line : out.split("\n")) {
            Matcher row = ROW.matcher(line);
            Matcher total = TOTAL.matcher(line);
            if (row.matches()) {
                classes.merge(row.group(3), new Counts(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new Counts(a.instances() + b.instances(), a.bytes() + b.bytes()));
            } else if (total.matches()) {
                classes.put("Total", new Counts(Long.parseLong(total.group(1)), Long.parseLong(total.group(2))));
            }
        }
        if (!classes.containsKey("Total")) {
            throw new IllegalStateException("no total in the histogram: " + SignIn.shorten(out));
        }
        return classes;
    }
}
