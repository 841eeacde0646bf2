package org.factdesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The command {@code bin/restore <backup.zip> [data folder]}: restores a backup while FactDesk is stopped. The data
 * folder defaults to {@code FACTDESK_DATA_DIR}, else {@code ./data}, as FactDesk itself.
 */
public final class RestoreBackup {

    private RestoreBackup() {
    }

    @SuppressWarnings("SystemOut")
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("Usage: bin/restore <backup.zip> [data folder]   (FactDesk must be stopped)");
            System.exit(2);
            return;
        }
        String env = System.getenv("FACTDESK_DATA_DIR");
        Path data = Path.of(args.length == 2 ? args[1] : env == null || env.isBlank() ? "data" : env);
        try {
            Path kept = Restore.restore(Path.of(args[0]), data, Clock.systemUTC());
            System.out.println("Restored " + args[0] + " into " + data.toAbsolutePath().normalize() + ".");
            if (kept != null) {
                System.out.println("What the folder held before is kept in " + kept.toAbsolutePath().normalize()
                        + "; delete it once the restored desk is checked.");
            }
            System.out.println("Start FactDesk: it opens the restored database.");
        } catch (IOException e) {
            System.err.println("Nothing restored: " + e.getMessage());
            System.exit(1);
        }
    }
}
