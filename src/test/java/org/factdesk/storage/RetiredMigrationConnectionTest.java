package org.factdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.Priority;
import org.factdesk.source.Reliability;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.workflow.WorkflowService;
import org.factdesk.security.NewUserData;
import org.factdesk.security.Role;
import org.factdesk.security.UserData;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 10's critical bug through the application: HikariCP retires the pooled connection that ran the Flyway
 * migrations (after {@code max-lifetime}, 30 minutes by default; here at once), and from then on, on H2 2.4.240 with a
 * CHECK ... IN constraint, every save of a claim, a source or a user's roles failed until a restart.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
class RetiredMigrationConnectionTest {

    @TestConfiguration
    static class NoteMigratingSessions {
        @Bean
        MigratingSessions migratingSessions() {
            return new MigratingSessions();
        }
    }

    @Autowired
    MigratingSessions migrating;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDetailsService users;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    WorkflowService workflow;
    @Autowired
    SourceService sources;
    @Autowired
    ResearchService research;
    @Autowired
    UserService userService;

    @Test
    void claims_sources_and_roles_are_saved_after_the_pool_retired_the_connection_that_ran_the_migrations()
            throws SQLException {
        assertThat(migrating.ids()).as("sessions that ran migrations").isNotEmpty();
        assertThat(migrating.stillOpen(dataSource)).as("the pool still holds the migrations' connection").isNotEmpty();

        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        // Hikari closes evicted connections on a thread of its own: wait until H2 has ended their sessions.
        await().atMost(Duration.ofSeconds(30)).until(() -> migrating.stillOpen(dataSource).isEmpty());

        SignedIn.as(users, "editor");
        long article = articles.importArticle(new ArticleData("Harbour budget",
                "The harbour budget rose by 12% in 2025. The mayor said 300 jobs were created.", "Gazette",
                "https://gazette.example.org/harbour", null, null, "en"));
        ClaimRow claim = claims.list(article, PageRequest.of(0, 1)).getFirst();
        claims.select(claim.id(), claim.version());
        workflow.assign(claim.id(), claims.find(claim.id()).orElseThrow().version(),
                new AssignmentData("checker", null, Priority.URGENT));
        long source = sources.add(claim.id(), new SourceData("https://stats.example.org/harbour", "Harbour accounts",
                null, SourceKind.OFFICIAL_STATISTICS, null, null, Reliability.HIGH, null));

        assertThat(research.details(claim.id()).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        assertThat(sources.list(claim.id())).extracting(s -> s.id()).containsExactly(source);

        SignedIn.as(users, "admin");
        long newcomer = userService.create(new NewUserData("newcomer", "New Comer", null, "a-long-enough-password",
                Set.of(Role.CHECKER)));
        long version = userService.list().stream().filter(u -> u.id() == newcomer).findFirst().orElseThrow()
                .version();
        userService.update(newcomer, version, new UserData("New Comer", null, Set.of(Role.CHECKER, Role.EDITOR)));
        assertThat(userService.list()).filteredOn(u -> u.id() == newcomer).extracting(UserItem::roles)
                .containsExactly(Set.of(Role.CHECKER, Role.EDITOR));
    }
}
