package org.factdesk.generator;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The command {@code bin/generate-desk <claims> [data folder]}: fills the desk's database in the data folder
 * ({@code FACTDESK_DATA_DIR}, else {@code ./data}) with a large desk. FactDesk must be stopped.
 */
public final class GenerateDesk {

    private GenerateDesk() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws SQLException {
        if (args.length < 1 || args.length > 2 || !args[0].matches("[1-9]\\d{0,8}")) {
            System.err.println("Usage: bin/generate-desk <number of claims> [data folder]   (FactDesk must be stopped)");
            System.exit(2);
            return;
        }
        long claims = Long.parseLong(args[0]);
        String env = System.getenv("FACTDESK_DATA_DIR");
        Path data = Path.of(args.length == 2 ? args[1] : env == null || env.isBlank() ? "data" : env)
                .toAbsolutePath().normalize();
        long started = System.nanoTime();
        System.out.println("Generating " + claims + " claims in " + data + " ...");
        DeskGenerator.generate("jdbc:h2:file:" + data.resolve("factdesk"), claims, done ->
                System.out.printf("  %,d claims (%d s)%n", done, (System.nanoTime() - started) / 1_000_000_000));
        System.out.printf("Done in %d s. Sign in as editor01 or checker01 with the password %s.%n",
                (System.nanoTime() - started) / 1_000_000_000, DeskGenerator.PASSWORD);
    }
}
