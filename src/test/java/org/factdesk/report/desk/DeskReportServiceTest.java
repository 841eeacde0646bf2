package org.factdesk.report.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.ReportCancelledException;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk report: which claims a range of approval days (in the desk's time zone, Europe/Paris), a checker and an
 * outlet select; the totals per verdict and per checker; and that every writer stops when the user cancels.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("viewer")
class DeskReportServiceTest {

    /** 23:59:59 on 31 March in Paris (summer time began on 29 March): still March. */
    private static final Instant LAST_SECOND_OF_MARCH = Instant.parse("2026-03-31T21:59:59Z");
    /** Midnight on 1 April in Paris, while it is still 31 March in UTC: April. */
    private static final Instant FIRST_SECOND_OF_APRIL = Instant.parse("2026-03-31T22:00:00Z");
    /** Midnight on 1 March in Paris (winter time): March. */
    private static final Instant FIRST_SECOND_OF_MARCH = Instant.parse("2026-02-28T23:00:00Z");
    private static final DeskReportRequest MARCH = new DeskReportRequest(LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31), null, null);

    @Autowired
    DeskReportService reports;

    @Autowired
    ClaimService claims;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    private DeskFixture fixture;
    private List<Long> seed;
    private List<Long> gazette;
    private RatingItem trueRating;
    private RatingItem falseRating;

    @BeforeEach
    void two_articles() {
        fixture = new DeskFixture(context);
        SignedIn.as(users, "editor");
        seed = fixture.claimIds(fixture.seedArticle());
        gazette = fixture.claimIds(fixture.article("Budget municipal", "La Gazette"));
        SignedIn.as(users, "viewer");
        trueRating = ratings.all().getFirst();
        falseRating = ratings.all().stream().filter(item -> item.labelEn().equals("False")).findFirst().orElseThrow();
    }

    @Test
    void the_range_is_whole_days_in_the_desks_time_zone_both_ends_included() {
        fixture.approve(seed.get(0), trueRating.id(), "checker", "editor", FIRST_SECOND_OF_MARCH, "a");
        fixture.approve(seed.get(1), trueRating.id(), "checker", "editor", LAST_SECOND_OF_MARCH, "b");
        fixture.approve(seed.get(2), trueRating.id(), "checker", "editor", FIRST_SECOND_OF_APRIL, "c");
        fixture.approve(seed.get(3), trueRating.id(), "checker", "editor", FIRST_SECOND_OF_MARCH.minusSeconds(1), "d");

        assertThat(reports.count(MARCH)).isEqualTo(2);
        assertThat(statements(MARCH)).containsExactly(statement(seed.get(0)), statement(seed.get(1)));
        DeskReportRequest firstOfApril = new DeskReportRequest(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                null, null);
        assertThat(statements(firstOfApril)).containsExactly(statement(seed.get(2)));
    }

    @Test
    void a_checker_or_an_outlet_narrows_the_report() {
        Instant march10 = Instant.parse("2026-03-10T10:00:00Z");
        fixture.approve(seed.get(0), trueRating.id(), "checker", "editor", march10, "a");
        fixture.approve(seed.get(1), trueRating.id(), "editor", "checker", march10.plusSeconds(1), "b");
        fixture.approve(gazette.get(0), falseRating.id(), "checker", "editor", march10.plusSeconds(2), "c");

        assertThat(reports.count(MARCH)).isEqualTo(3);
        assertThat(reports.count(new DeskReportRequest(MARCH.from(), MARCH.to(), "checker", null))).isEqualTo(2);
        assertThat(statements(new DeskReportRequest(MARCH.from(), MARCH.to(), "editor", null)))
                .containsExactly(statement(seed.get(1)));
        assertThat(statements(new DeskReportRequest(MARCH.from(), MARCH.to(), null, "La Gazette")))
                .containsExactly(statement(gazette.get(0)));
        assertThat(reports.count(new DeskReportRequest(MARCH.from(), MARCH.to(), "editor", "La Gazette"))).isZero();
        assertThat(reports.count(new DeskReportRequest(MARCH.from(), MARCH.to(), null, "No such outlet"))).isZero();
        assertThat(reports.outlets()).contains("La Gazette");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_at_the_end_date() {
        DeskReportRequest backwards = new DeskReportRequest(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
                null, null);

        assertThatThrownBy(() -> reports.count(backwards)).isInstanceOfSatisfying(RefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo("to");
            assertThat(refused.key()).isEqualTo("report.desk.error.range");
        });
        assertThatThrownBy(() -> reports.prepare(backwards, Locale.ENGLISH)).isInstanceOf(RefusedException.class);
    }

    @Test
    void the_totals_count_claims_per_verdict_in_scale_order_and_per_checker_most_first() throws IOException {
        Instant march10 = Instant.parse("2026-03-10T10:00:00Z");
        fixture.approve(seed.get(0), falseRating.id(), "checker", "editor", march10, "a");
        fixture.approve(seed.get(1), trueRating.id(), "checker", "editor", march10.plusSeconds(1), "b");
        fixture.approve(seed.get(2), falseRating.id(), "editor", "checker", march10.plusSeconds(2), "c");
        fixture.approve(gazette.get(0), falseRating.id(), "checker", "editor", march10.plusSeconds(3), "d");

        Document html = Jsoup.parse(write(reports.prepare(MARCH, Locale.FRENCH), ReportFormat.HTML));

        List<Element> totals = html.select("table.totals");
        assertThat(totals).hasSize(2);
        assertThat(rows(totals.get(0))).containsExactly("Vrai 1", "Faux 3");
        assertThat(rows(totals.get(1))).containsExactly("Chloé Checker 3", "Eddie Editor 1");
        assertThat(html.select("table.claims tbody tr")).hasSize(4);
        assertThat(html.select("footer").text()).isEqualTo("Affirmations dans ce rapport : 4");
    }

    @ParameterizedTest
    @EnumSource(names = {"PDF", "HTML", "CSV"})
    void every_writer_stops_at_the_claim_where_the_user_cancelled(ReportFormat format) {
        Instant march10 = Instant.parse("2026-03-10T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            fixture.approve(seed.get(i), trueRating.id(), "checker", "editor", march10.plusSeconds(i), "r" + i);
        }
        List<Long> written = new ArrayList<>();
        ReportProgress cancelAfterTwo = new ReportProgress() {
            @Override
            public void claimWritten(long done) {
                written.add(done);
            }

            @Override
            public boolean cancelled() {
                return written.size() >= 2;
            }
        };
        DeskReport report = reports.prepare(MARCH, Locale.ENGLISH);

        assertThatThrownBy(() -> reports.write(report, format, new ByteArrayOutputStream(), cancelAfterTwo))
                .isInstanceOf(ReportCancelledException.class);
        assertThat(written).containsExactly(1L, 2L);
    }

    @Test
    void nobody_signed_out_gets_a_desk_report() {
        DeskReport report = reports.prepare(MARCH, Locale.ENGLISH);
        SignedIn.out();

        assertThatThrownBy(() -> reports.count(MARCH)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.export(report, ReportFormat.CSV, (done, total) -> { }))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.write(report, ReportFormat.CSV, new ByteArrayOutputStream(),
                ReportProgress.NONE)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_formats_offered_are_every_desk_writer() {
        assertThat(reports.formats()).contains(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.CSV);
    }

    @Test
    void the_default_range_is_the_current_month() {
        DeskReportRequest month = DeskReportRequest.monthOf(LocalDate.of(2024, 2, 10));

        assertThat(month.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(reports.thisMonth().from().getDayOfMonth()).isEqualTo(1);
    }

    private List<String> statements(DeskReportRequest request) {
        List<String> statements = new ArrayList<>();
        try {
            Document html = Jsoup.parse(write(reports.prepare(request, Locale.ENGLISH), ReportFormat.HTML));
            html.select("table.claims tbody tr").forEach(row -> statements.add(row.child(1).ownText()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return statements;
    }

    private String statement(long claimId) {
        return claims.find(claimId).orElseThrow().statement();
    }

    private String write(DeskReport report, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, format, out, ReportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> rows(Element table) {
        return table.select("tbody tr").stream().map(Element::text).toList();
    }
}
