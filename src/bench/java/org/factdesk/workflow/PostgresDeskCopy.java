package org.factdesk.workflow;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.dashboard.DeskCounters;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies the desk the generator wrote into an H2 file into a PostgreSQL database the application has just migrated,
 * so that the benchmarks measure both databases on the same claims: the generator's bulk SQL is H2's (its
 * {@code SYSTEM_RANGE}, {@code DATEADD}), and a copy keeps one generator. Each table the generator fills goes over by
 * {@code COPY ... FROM STDIN} in chunks, its columns named (those both databases have); then the identities restart
 * after the copied ids and the dashboard's counters are recounted, as after the generator.
 */
final class PostgresDeskCopy {

    /** What the generator writes, parents before children. */
    private static final List<String> TABLES = List.of("app_user", "app_user_role", "article", "claim", "source",
            "claim_comment", "activity");
    private static final List<String> IDENTITIES = List.of("app_user", "article", "claim", "source", "claim_comment",
            "activity");
    private static final int CHUNK = 20_000;

    private PostgresDeskCopy() {
    }

    /** Whether the PostgreSQL database holds no claim yet (the copy has not been made). */
    static boolean empty(Connection postgres) throws SQLException {
        try (Statement statement = postgres.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from (select 1 from claim limit 1) c")) {
            row.next();
            return row.getLong(1) == 0;
        }
    }

    @SuppressWarnings("SystemOut")
    static void copy(Path h2File, Connection postgres) throws SQLException {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + h2File + ";ACCESS_MODE_DATA=r", "sa", "")) {
            ratingsMatch(h2, postgres);
            boolean autoCommit = postgres.getAutoCommit();
            postgres.setAutoCommit(false);
            try (Statement statement = postgres.createStatement()) {
                // Demo users the application may have created at its first start would collide with the copied ids.
                statement.execute("delete from app_user_role where user_id in (select id from app_user)");
                statement.execute("delete from app_user");
            }
            CopyManager copy = postgres.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                long started = System.nanoTime();
                long rows = table(h2, postgres, copy, table);
                System.out.printf("Copied %,d rows of %s to PostgreSQL in %d s%n", rows, table,
                        (System.nanoTime() - started) / 1_000_000_000);
            }
            try (Statement statement = postgres.createStatement()) {
                for (String table : IDENTITIES) {
                    long next;
                    try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        max.next();
                        next = max.getLong(1);
                    }
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
                DeskCounters.rebuild(postgres);
                postgres.commit();
                statement.execute("analyze");
            } finally {
                postgres.setAutoCommit(autoCommit);
            }
        }
    }

    private static long table(Connection h2, Connection postgres, CopyManager copy, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>(columns(postgres, table));
        columns.retainAll(columns(h2, table));
        String list = String.join(", ", columns);
        String into = "copy " + table + " (" + list + ") from stdin (format csv)";
        long rows = 0;
        try (Statement statement = h2.createStatement();
             ResultSet read = statement.executeQuery("select " + list + " from " + table)) {
            ResultSetMetaData meta = read.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                int type = meta.getColumnType(i);
                if (type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY) {
                    throw new SQLException("Cannot copy the binary column " + meta.getColumnName(i) + " of " + table);
                }
            }
            StringBuilder csv = new StringBuilder();
            while (read.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    String value = read.getString(i);
                    if (i > 1) {
                        csv.append(',');
                    }
                    if (value != null) {
                        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                    }
                }
                csv.append('\n');
                if (++rows % CHUNK == 0) {
                    send(copy, into, csv);
                }
            }
            send(copy, into, csv);
        }
        return rows;
    }

    private static void send(CopyManager copy, String into, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(into, new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        csv.setLength(0);
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** The claims name ratings by id: the migrations seed the same scale on both, which this checks. */
    private static void ratingsMatch(Connection h2, Connection postgres) throws SQLException {
        String query = "select id, position from rating order by id";
        if (!rows(h2, query).equals(rows(postgres, query))) {
            throw new SQLException("The rating scales of the H2 desk and of PostgreSQL differ: cannot copy the claims");
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet read = statement.executeQuery(query)) {
            while (read.next()) {
                rows.add(read.getLong(1) + ":" + read.getLong(2));
            }
        }
        return rows;
    }
}
