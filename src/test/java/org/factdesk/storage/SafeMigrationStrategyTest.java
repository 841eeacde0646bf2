package org.factdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application itself on a file database one migration behind (as after installing a new version): Spring Boot's
 * Flyway runs through the safety net, which copies the database before anything else opened it, and the folder and
 * files are private.
 */
@SpringBootTest
@DirtiesContext
class SafeMigrationStrategyTest {

    private static final Path DATA = Path.of("target", "safe-migration-strategy-test", UUID.randomUUID().toString(),
            "data").toAbsolutePath();

    @DynamicPropertySource
    static void aFileDatabaseOneVersionBehind(DynamicPropertyRegistry properties) {
        String url = MigrationChild.url(DATA);
        new MigrationSafety(H2FileDatabase.of(url, "sa", "").orElseThrow())
                .migrate(Flyway.configure().dataSource(url, "sa", "").target("11").load());
        properties.add("spring.datasource.url", () -> url);
    }

    @Test
    void the_application_migrates_through_the_safety_net_into_a_private_folder() throws Exception {
        assertThat(DATA.resolve(".migration-in-progress")).doesNotExist();
        assertThat(count(DATA.resolve("factdesk-before-migration"), "where \"version\" = '11'")).isOne();
        assertThat(count(DATA.resolve("factdesk-before-migration"), "where \"version\" = '12'")).isZero();
        if (DATA.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("factdesk.mv.db"))))
                    .isEqualTo("rw-------");
        }
    }

    private static int count(Path database, String where) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE",
                "sa", "");
             ResultSet row = connection.createStatement()
                     .executeQuery("select count(*) from \"flyway_schema_history\" " + where)) {
            row.next();
            return row.getInt(1);
        }
    }
}
