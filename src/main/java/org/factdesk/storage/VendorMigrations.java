package org.factdesk.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.stereotype.Component;

/**
 * Adds the migrations that must differ by database, {@code db/vendor/postgresql} or {@code db/vendor/h2}, to
 * {@code db/migration}, telling the database by its JDBC URL (decision 018). Spring Boot's {@code {vendor}} placeholder
 * would ask a connection, which would open the H2 file before {@link MigrationSafety} has copied it.
 */
@Component
class VendorMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        HikariDataSource hikari = configuration.getDataSource() == null ? null
                : DataSourceUnwrapper.unwrap(configuration.getDataSource(), HikariDataSource.class);
        String url = hikari == null || hikari.getJdbcUrl() == null ? "" : hikari.getJdbcUrl();
        String vendor = url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
        locations.add(new Location("classpath:db/vendor/" + vendor));
        configuration.locations(locations.toArray(Location[]::new));
    }
}
