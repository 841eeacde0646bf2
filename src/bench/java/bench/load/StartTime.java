package bench.load;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start to first page (issue 15), apps started one after the other, in turns, several rounds: for each start, the
 * wall time and the process's CPU time (user + system, all threads, from {@code /proc/PID/stat}) until
 * {@code GET /login} answers 200, and until a signed-in first page (sign-in, the page, its UI and view) has
 * answered; the load average beside each. Linux only.
 *
 * <pre>java src/bench/java/bench/load/StartTime.java ROUNDS 'LABEL PORT USER PASSWORD ROUTE [ENV=VALUE...] -- JAVA ARGS...' ...</pre>
 *
 * Each app is started with this JDK's {@code java} in the current folder, with the environment variables given;
 * it is stopped (SIGTERM, as Ctrl+C) before the next one starts.
 */
final class StartTime {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    record App(String label, int port, String user, String password, String route, Map<String, String> env,
               List<String> javaArgs) {

        static App parse(String spec) {
            List<String> words = new ArrayList<>(Arrays.asList(spec.trim().split("\\s+")));
            int dashes = words.indexOf("--");
            Map<String, String> env = new LinkedHashMap<>();
            for (String word : words.subList(5, dashes)) {
                int eq = word.indexOf('=');
                env.put(word.substring(0, eq), word.substring(eq + 1));
            }
            return new App(words.get(0), Integer.parseInt(words.get(1)), words.get(2), words.get(3),
                    words.get(4).equals("/") ? "" : words.get(4), env, words.subList(dashes + 1, words.size()));
        }
    }

    record Run(String label, double loginWall, double loginCpu, double pageWall, double pageCpu, String load) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<App> apps = Arrays.stream(args).skip(1).map(App::parse).toList();
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (App app : apps) {
                Run run = start(app);
                runs.add(run);
                System.out.printf("round %d %-12s login page %6.2f s wall %6.2f s CPU; signed-in page %6.2f s wall "
                        + "%6.2f s CPU; load %s%n", round, run.label(), run.loginWall(), run.loginCpu(),
                        run.pageWall(), run.pageCpu(), run.load());
            }
        }
        System.out.println("medians (s):        login wall  login CPU  page wall  page CPU");
        for (App app : apps) {
            List<Run> own = runs.stream().filter(r -> r.label().equals(app.label())).toList();
            System.out.printf("%-18s %10.2f %10.2f %10.2f %9.2f%n", app.label(),
                    median(own.stream().mapToDouble(Run::loginWall).toArray()),
                    median(own.stream().mapToDouble(Run::loginCpu).toArray()),
                    median(own.stream().mapToDouble(Run::pageWall).toArray()),
                    median(own.stream().mapToDouble(Run::pageCpu).toArray()));
        }
    }

    private static Run start(App app) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(app.javaArgs());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("start-" + app.label() + ".log"));
        builder.environment().putAll(app.env());
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            String base = "http://localhost:" + app.port();
            SignIn probe = new SignIn(base);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(app.label() + " stopped; see start-" + app.label() + ".log");
                }
                try {
                    if (probe.get("/login").statusCode() == 200) {
                        break;
                    }
                } catch (ConnectException | HttpTimeoutException e) {
                    // not listening yet
                } catch (IOException e) {
                    // connection reset while the server comes up
                }
                Thread.sleep(50);
            }
            double loginWall = (System.nanoTime() - started) / 1e9;
            double loginCpu = cpuSeconds(process.pid());
            new SignIn(base).signIn(app.user(), app.password()).open(app.route());
            double pageWall = (System.nanoTime() - started) / 1e9;
            double pageCpu = cpuSeconds(process.pid());
            return new Run(app.label(), loginWall, loginCpu, pageWall, pageCpu, load);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command's closing parenthesis: state is field 3, utime 14 and stime 15 of the full line.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS_PER_SECOND;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
