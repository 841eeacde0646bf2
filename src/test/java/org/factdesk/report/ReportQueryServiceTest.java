package org.factdesk.report;

import org.factdesk.claim.ClaimFixture;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DismissReason;
import org.factdesk.claim.Priority;
import org.factdesk.claim.ResearchService;
import org.factdesk.claim.SignedIn;
import org.factdesk.claim.VerdictData;
import org.factdesk.report.DeskReportFilter;
import org.factdesk.report.ReportQueryService;
import org.factdesk.report.ReportedClaim;
import org.factdesk.source.Reliability;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.workflow.AssignmentData;
import org.factdesk.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** What verdict reports read: which claims, which verdict, sources, corrections, and desk-wide reads in batches. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ReportQueryServiceTest {

    @Autowired
    ReportQueryService reports;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ResearchService research;

    @Autowired
    ClaimService claims;

    @Autowired
    ApplicationContext context;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long article;
    private List<ClaimRow> rows;

    @BeforeEach
    void the_seed_article() {
        ClaimFixture fixture = new ClaimFixture(context);
        article = fixture.seedArticle();
        rows = fixture.seedRows(5);
    }

    private long version(long claimId) {
        new ClaimFixture(context).flush();
        return research.details(claimId).orElseThrow().version();
    }

    /** Selected, assigned to the checker, a verdict and a source, submitted, approved by the editor. */
    private void approve(long claimId, String rationale) {
        claims.select(claimId, version(claimId));
        workflow.assign(claimId, version(claimId), new AssignmentData("checker", null, Priority.NORMAL));
        SignedIn.as(users, "checker");
        research.take(claimId, version(claimId));
        research.saveVerdict(claimId, version(claimId), new VerdictData(ratings.active().getFirst().id(), rationale));
        jdbc.update("insert into source (claim_id, url, title, kind, reliability, archive_status, archive_text, "
                + "archive_sha256, created_by, created_at) values (?, 'https://insee.fr/x', 'INSEE table', 'OTHER', "
                + "'HIGH', 'ARCHIVED', 'the whole page', 'abc123', 'checker', current_timestamp)", claimId);
        research.submit(claimId, version(claimId));
        SignedIn.as(users, "editor");
        workflow.approve(claimId, version(claimId));
    }

    @Test
    void an_article_report_has_the_checked_claims_in_article_order_and_leaves_out_candidates_and_dismissed() {
        approve(rows.get(2).id(), "Per INSEE.");
        claims.select(rows.get(0).id(), version(rows.get(0).id()));
        claims.dismiss(rows.get(1).id(), version(rows.get(1).id()), DismissReason.OPINION);

        new ClaimFixture(context).flush();
        List<Long> inArticleOrder = new ClaimFixture(context).inArticleOrder(article).stream()
                .filter(id -> id == rows.get(0).id() || id == rows.get(2).id()).toList();
        assertThat(reports.article(article, true)).extracting(ReportedClaim::id).containsExactlyElementsOf(inArticleOrder);
        assertThat(reports.article(article, true)).extracting(ReportedClaim::status)
                .containsExactlyInAnyOrder(ClaimStatus.TO_CHECK, ClaimStatus.APPROVED);
        assertThat(reports.article(article, false)).extracting(ReportedClaim::id).containsExactly(rows.get(2).id());
    }

    @Test
    void a_reported_claim_carries_its_approved_verdict_sources_checker_and_approver() {
        approve(rows.get(0).id(), "Per INSEE.");

        ReportedClaim claim = reports.article(article, false).getFirst();

        assertThat(claim.approvedRatingId()).isEqualTo(ratings.active().getFirst().id());
        assertThat(claim.approvedRationale()).isEqualTo("Per INSEE.");
        assertThat(claim.checker()).isEqualTo("checker");
        assertThat(claim.approvedBy()).isEqualTo("editor");
        assertThat(claim.approvedAt()).isNotNull();
        assertThat(claim.firstApprovedAt()).isEqualTo(claim.approvedAt());
        assertThat(claim.sources()).singleElement().satisfies(source -> {
            assertThat(source.title()).isEqualTo("INSEE table");
            assertThat(source.archiveSha256()).isEqualTo("abc123");
            assertThat(source.reliability()).isEqualTo(Reliability.HIGH);
        });
    }

    @Test
    void a_reopened_claim_keeps_its_last_approved_verdict_and_lists_the_correction_with_its_reason() {
        long id = rows.get(0).id();
        approve(id, "Per INSEE.");
        Instant firstApproval = reports.article(article, false).getFirst().approvedAt();
        workflow.reopen(id, version(id), "  A newer table came out.  ");
        SignedIn.as(users, "checker");
        research.saveVerdict(id, version(id), new VerdictData(ratings.active().get(1).id(), "Draft, unpublished."));
        SignedIn.as(users, "editor");

        assertThat(reports.article(article, false)).as("no longer approved").isEmpty();
        ReportedClaim claim = reports.article(article, true).getFirst();
        assertThat(claim.status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim.corrected()).isTrue();
        assertThat(claim.approvedRationale()).as("the draft never leaves the desk").isEqualTo("Per INSEE.");
        assertThat(claim.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.reason()).isEqualTo("A newer table came out.");
            assertThat(correction.reopenedBy()).isEqualTo("editor");
            assertThat(correction.previousRationale()).isEqualTo("Per INSEE.");
            assertThat(correction.previousApprovedAt()).isEqualTo(firstApproval);
        });
        assertThat(claim.firstApprovedAt()).isEqualTo(firstApproval);
    }

    @Test
    void desk_reads_go_in_batches_by_approval_date_without_losing_or_repeating_claims_that_share_a_time() {
        for (int i = 0; i < 5; i++) {
            approve(rows.get(i).id(), "Rationale " + i);
        }
        new ClaimFixture(context).flush();
        jdbc.update("update claim set approved_at = timestamp with time zone '2026-03-01 10:00:00+00' where id in (?, ?, ?)",
                rows.get(0).id(), rows.get(1).id(), rows.get(2).id());
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = clock.instant().plus(Duration.ofDays(1));
        List<Long> seen = new ArrayList<>();

        long count = reports.forEachApproved(new DeskReportFilter(from, to, null, null), 2,
                claim -> seen.add(claim.id()));

        assertThat(count).isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                rows.stream().map(ClaimRow::id).toList());
        assertThat(seen.subList(0, 3)).as("oldest approval first")
                .containsExactlyInAnyOrder(rows.get(0).id(), rows.get(1).id(), rows.get(2).id());
    }

    @Test
    void desk_reads_filter_by_range_checker_and_articles() {
        approve(rows.get(0).id(), "Per INSEE.");
        Instant now = clock.instant();
        Instant later = now.plus(Duration.ofDays(1));
        Instant earlier = LocalDate.now(clock).minusYears(1).atStartOfDay(clock.getZone()).toInstant();

        assertThat(count(new DeskReportFilter(earlier, later, null, null))).isEqualTo(1);
        assertThat(count(new DeskReportFilter(earlier, later, "checker", Set.of(article)))).isEqualTo(1);
        assertThat(count(new DeskReportFilter(earlier, later, "editor", null))).isZero();
        assertThat(count(new DeskReportFilter(earlier, later, null, Set.of(article + 1000)))).isZero();
        assertThat(count(new DeskReportFilter(earlier, later, null, Set.of()))).isZero();
        assertThat(count(new DeskReportFilter(later, later.plusSeconds(60), null, null))).isZero();
    }

    @Test
    void the_feed_pages_approved_claims_since_an_instant() {
        approve(rows.get(0).id(), "One.");
        approve(rows.get(1).id(), "Two.");
        Instant since = LocalDate.now(clock).minusDays(1).atStartOfDay(clock.getZone()).toInstant();

        long first = Math.min(rows.get(0).id(), rows.get(1).id());
        long second = Math.max(rows.get(0).id(), rows.get(1).id());

        assertThat(reports.countApprovedSince(since)).isEqualTo(2);
        assertThat(reports.approvedSince(since, 0, 1)).as("in the order of ids, which no change moves")
                .extracting(ReportedClaim::id).containsExactly(first);
        assertThat(reports.approvedSince(since, 1, 1)).extracting(ReportedClaim::id).containsExactly(second);
        assertThat(reports.approvedSince(clock.instant().plusSeconds(3600), 0, 10)).isEmpty();
    }

    private long count(DeskReportFilter filter) {
        return reports.forEachApproved(filter, claim -> { });
    }
}
