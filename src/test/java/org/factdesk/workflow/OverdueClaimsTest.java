package org.factdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.base.JobSchedule;
import org.factdesk.claim.ActivityEntry;
import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.claim.Priority;
import org.factdesk.claim.SignedIn;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.notification.NotificationItem;
import org.factdesk.notification.NotificationKind;
import org.factdesk.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue check, called as the scheduled job calls it: watchers are told once per claim and due date, the claim's
 * history says so by {@code system}, and "today" is the desk's (Europe/Paris by default), not the server's.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class OverdueClaimsTest {

    /** 23:30 in London on 5 January is already 6 January at the desk, in Paris. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-01-05T23:30:00Z");

    @Autowired
    OverdueClaims overdue;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ClaimService claims;

    /** Flushes the claims' changes before SQL reads them: the claim's repository is the claim feature's own. */
    @Autowired
    EntityManager entities;

    @Autowired
    ClaimWorkflow claimWorkflow;

    @Autowired
    DeskSettingsService settings;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private long claimId;

    /** The seed article's first claim, assigned to the checker and watched by a viewer, due in three days. */
    @BeforeEach
    void an_assigned_claim() {
        claimId = new ClaimFixture(context).seedClaimToCheck();
        SignedIn.as(users, "viewer");
        workflow.watch(claimId, true);
        SignedIn.as(users, "editor");
        dueIn(3);
        SignedIn.out();
    }

    private void dueIn(int days) {
        entities.flush();
        long version = claims.find(claimId).orElseThrow().version();
        workflow.assign(claimId, version, new AssignmentData("checker", settings.today().plusDays(days),
                Priority.NORMAL));
        entities.flush();
    }

    private LocalDate due() {
        entities.flush();
        return jdbc.queryForObject("select due_date from claim where id = ?", LocalDate.class, claimId);
    }

    private List<NotificationItem> overdueNotificationsOf(String username) {
        entities.flush();
        SignedIn.as(users, username);
        List<NotificationItem> mine = notifications.mine(NotificationService.LIMIT_MAX).stream()
                .filter(item -> item.claimId() == claimId && item.kind() == NotificationKind.OVERDUE).toList();
        SignedIn.out();
        return mine;
    }

    @Test
    void nothing_is_told_while_the_claim_is_due_today_or_later() {
        assertThat(overdue.tellWatchers(due())).isZero();

        assertThat(overdueNotificationsOf("checker")).isEmpty();
    }

    @Test
    void every_watcher_is_told_once_the_day_after_the_due_date_and_the_history_says_so() {
        LocalDate due = due();

        assertThat(overdue.tellWatchers(due.plusDays(1))).isEqualTo(1);
        assertThat(overdue.tellWatchers(due.plusDays(2))).as("already told for this due date").isZero();

        for (String watcher : List.of("checker", "viewer")) {
            assertThat(overdueNotificationsOf(watcher)).extracting(NotificationItem::actor, NotificationItem::detail)
                    .as(watcher).containsExactly(tuple("system", due.toString()));
        }
        SignedIn.as(users, "editor");
        assertThat(claims.history(claimId)).filteredOn(entry -> entry.action().equals("claim.overdue"))
                .extracting(ActivityEntry::actor, ActivityEntry::after).containsExactly(tuple("system", due.toString()));
    }

    @Test
    void a_new_due_date_that_passes_too_is_told_again() {
        LocalDate first = due();
        overdue.tellWatchers(first.plusDays(1));
        SignedIn.as(users, "editor");
        dueIn(5);
        LocalDate second = due();

        assertThat(overdue.tellWatchers(second.plusDays(1))).isEqualTo(1);

        assertThat(overdueNotificationsOf("checker")).extracting(NotificationItem::detail)
                .containsExactly(second.toString(), first.toString());
    }

    @Test
    void approved_and_dismissed_claims_are_never_late() {
        jdbc.update("update claim set status = 'APPROVED' where id = ?", claimId);

        assertThat(overdue.tellWatchers(due().plusDays(10))).isZero();
        jdbc.update("update claim set status = 'DISMISSED' where id = ?", claimId);
        assertThat(overdue.tellWatchers(due().plusDays(10))).isZero();
    }

    @Test
    void the_scheduled_check_takes_today_in_the_desk_s_time_zone_from_its_clock() {
        jdbc.update("update claim set due_date = ? where id = ?", LocalDate.parse("2026-01-05"), claimId);
        Clock clock = Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC);
        OverdueClaims atTheDesk = new OverdueClaims(claimWorkflow, settings, clock);

        assertThat(atTheDesk.tellWatchers()).as("6 January in Paris: due the 5th, so overdue").isEqualTo(1);
        jdbc.update("update claim set due_date = ? where id = ?", LocalDate.parse("2026-01-06"), claimId);
        assertThat(atTheDesk.tellWatchers()).as("due today at the desk").isZero();
    }

    @Test
    void the_schedule_is_off_in_tests_which_call_the_check_themselves() {
        assertThat(context.getBean(OverdueSchedule.class).schedule()).isEqualTo(new JobSchedule.Never());
    }
}
