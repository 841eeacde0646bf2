package org.factdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL pass of the tests (decision 018): with the system property {@code factdesk.test.database=postgresql}
 * (set by the surefire execution {@code postgresql} that {@code bin/test} runs when {@code FACTDESK_TEST_PG_URL} is
 * set), every Spring context of the test profile gets a schema of its own in that PostgreSQL database, just as each
 * gets an in-memory H2 database of its own otherwise. The schemas are dropped when the test JVM ends.
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SELECT = "factdesk.test.database";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropSchemas, "drop-test-schemas"));
    }

    /** True in the PostgreSQL pass. */
    public static boolean active() {
        return "postgresql".equals(System.getProperty(SELECT));
    }

    /** The database of the PostgreSQL pass: FACTDESK_TEST_PG_URL, _USER (factdesk), _PASSWORD (factdesk). */
    public static String url() {
        String url = setting("FACTDESK_TEST_PG_URL", "");
        if (url.isEmpty()) {
            throw new IllegalStateException("The PostgreSQL pass needs FACTDESK_TEST_PG_URL (see README, Tests)");
        }
        return url;
    }

    public static String user() {
        return setting("FACTDESK_TEST_PG_USER", "factdesk");
    }

    public static String password() {
        return setting("FACTDESK_TEST_PG_PASSWORD", "factdesk");
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, otherwise) : value;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!active() || !environment.matchesProfiles("test")) {
            return;
        }
        String schema = "fdtest_" + ProcessHandle.current().pid() + "_" + CONTEXTS.incrementAndGet();
        execute("create schema " + schema);
        SCHEMAS.add(schema);
        String url = url();
        environment.getPropertySources().addFirst(new MapPropertySource("postgresql-test-database", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", user(),
                "spring.datasource.password", password())));
    }

    private static void dropSchemas() {
        for (String schema : SCHEMAS) {
            try {
                execute("drop schema if exists " + schema + " cascade");
            } catch (IllegalStateException e) {
                // The database went away first: nothing left to clean.
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed", e);
        }
    }
}
