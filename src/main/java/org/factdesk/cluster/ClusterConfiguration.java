package org.factdesk.cluster;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.factdesk.base.DeskEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks how the desk's events travel: in the JVM on H2, by LISTEN/NOTIFY on PostgreSQL (decision 018). */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean
    DeskEvents deskEvents(DataSource dataSource) {
        HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class);
        if (hikari != null && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            LOG.info("The desk's events cross nodes through PostgreSQL LISTEN/NOTIFY");
            return new PostgresEvents(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword() == null ? "" : hikari.getPassword());
        }
        return new LocalEvents();
    }
}
