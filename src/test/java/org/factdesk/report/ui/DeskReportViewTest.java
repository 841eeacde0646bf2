package org.factdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.SignedIn;
import org.factdesk.report.desk.DeskFixture;
import org.factdesk.report.ReportFormat;
import org.factdesk.security.Colleague;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk report screen: this month by default, the count of what the choice holds, a refused backwards range,
 * the filters' choices, and an export that ends in a download link whose file goes when the user leaves.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("viewer")
class DeskReportViewTest extends SpringBrowserlessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    private final LocalDate today = LocalDate.now(PARIS);
    private DeskFixture fixture;
    private List<Long> seed;

    @BeforeEach
    void the_seed_article() {
        fixture = new DeskFixture(context);
        seed = fixture.claimIds(fixture.seedArticle());
    }

    private void approvedOn(LocalDate day, String checker, long... claimIds) {
        Instant noon = day.atTime(12, 0).atZone(PARIS).toInstant();
        for (long id : claimIds) {
            fixture.approve(id, ratings.all().getFirst().id(), checker, "editor", noon, "Because.");
        }
    }

    private DatePicker date(String id) {
        return $(DatePicker.class).id(id);
    }

    private String count() {
        return $(Span.class).id("report-count").getText();
    }

    @Test
    void the_screen_opens_on_this_month_and_counts_the_claims_approved_in_it() {
        approvedOn(today, "checker", seed.get(0), seed.get(1));
        approvedOn(today.withDayOfMonth(1).minusDays(1), "checker", seed.get(2));

        navigate(DeskReportView.class);

        assertThat(date("report-from").getValue()).isEqualTo(today.withDayOfMonth(1));
        assertThat(date("report-to").getValue()).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()));
        assertThat(count()).isEqualTo("2 claims approved in this range");
        assertThat(test($(Button.class).id("report-export")).isUsable()).isTrue();
    }

    @Test
    void in_french_the_date_pickers_name_the_months_and_days_in_french_and_start_the_week_on_monday() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(DeskReportView.class);

        for (String id : List.of("report-from", "report-to")) {
            DatePicker.DatePickerI18n i18n = date(id).getI18n();
            assertThat(i18n.getMonthNames()).startsWith("janvier", "février").hasSize(12);
            assertThat(i18n.getWeekdaysShort()).startsWith("dim.", "lun.").hasSize(7);
            assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
            assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
            assertThat(i18n.getCancel()).isEqualTo("Annuler");
        }
    }

    @Test
    void the_count_follows_the_range_the_checker_and_the_outlet() {
        approvedOn(today, "checker", seed.get(0));
        approvedOn(today, "editor", seed.get(1));
        SignedIn.as(users, "editor");
        long gazette = fixture.claimIds(fixture.article("Budget municipal", "La Gazette")).getFirst();
        SignedIn.as(users, "viewer");
        approvedOn(today, "checker", gazette);
        navigate(DeskReportView.class);
        assertThat(count()).isEqualTo("3 claims approved in this range");

        @SuppressWarnings("unchecked")
        ComboBox<Colleague> checker = $(ComboBox.class).id("report-checker");
        test(checker).selectItem("Chloé Checker");
        assertThat(count()).isEqualTo("2 claims approved in this range");
        @SuppressWarnings("unchecked")
        ComboBox<String> outlet = $(ComboBox.class).id("report-outlet");
        assertThat(test(outlet).getSuggestions()).contains("La Gazette");
        test(outlet).selectItem("La Gazette");
        assertThat(count()).isEqualTo("1 claim approved in this range");
        checker.clear();
        outlet.clear();
        date("report-from").setValue(today.minusDays(500));
        date("report-to").setValue(today.minusDays(400));
        assertThat(count()).isEqualTo("No claim was approved in this range");
        assertThat(test($(Button.class).id("report-export")).isUsable()).as("nothing to export").isFalse();
    }

    @Test
    void a_range_that_ends_before_it_starts_says_so_at_the_end_date_and_cannot_be_exported() {
        approvedOn(today, "checker", seed.get(0));
        navigate(DeskReportView.class);

        date("report-from").setValue(today.plusDays(2));
        date("report-to").setValue(today.plusDays(1));

        assertThat(date("report-to").isInvalid()).isTrue();
        assertThat(date("report-to").getErrorMessage()).isEqualTo("The end date is before the start date");
        assertThat($(Span.class).withId("report-count").exists()).as("hidden").isFalse();
        assertThat(test($(Button.class).id("report-export")).isUsable()).isFalse();

        date("report-from").setValue(today.withDayOfMonth(1));
        assertThat(date("report-to").isInvalid()).isFalse();
    }

    @Test
    void every_desk_format_is_offered_pdf_first() {
        navigate(DeskReportView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportFormat> format = $(RadioButtonGroup.class).id("report-format");
        assertThat(format.getListDataView().getItems()).contains(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.CSV);
        assertThat(format.getValue()).isEqualTo(ReportFormat.PDF);
    }

    @Test
    void an_export_ends_in_a_download_link_and_its_file_goes_when_the_user_leaves() throws Exception {
        approvedOn(today, "checker", seed.get(0));
        navigate(DeskReportView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportFormat> format = $(RadioButtonGroup.class).id("report-format");
        format.setValue(ReportFormat.CSV);

        test($(Button.class).id("report-export")).click();
        // The export runs in its own thread and transaction: the claim approved above is not committed, so the
        // file is empty here; what it holds is tested on the service. This waits for the screen's part.
        $(DeskExportPanel.class).single().lastOutcome().orElseThrow().get(60, TimeUnit.SECONDS);
        roundTrip();

        Anchor download = $(Anchor.class).id("report-download");
        assertThat(download.isVisible()).isTrue();
        String fileName = "desk-report-" + today.withDayOfMonth(1) + "-to-"
                + today.withDayOfMonth(today.lengthOfMonth()) + ".csv";
        assertThat(download.getText()).isEqualTo("Download " + fileName);
        assertThat($(ProgressBar.class).withId("report-progress").exists()).as("hidden").isFalse();
        assertThat($(Button.class).withId("report-cancel").exists()).as("hidden").isFalse();
        assertThat($(Span.class).id("report-status").getText()).startsWith("Report ready");
        List<Path> waiting = exportFiles();
        assertThat(waiting).isNotEmpty();

        UI.getCurrent().navigate("articles");

        assertThat(waiting).allSatisfy(file -> assertThat(file).doesNotExist());
    }

    @Test
    void changing_the_format_or_a_filter_hides_the_report_made_for_the_previous_choice() throws Exception {
        approvedOn(today, "checker", seed.get(0));
        navigate(DeskReportView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportFormat> format = $(RadioButtonGroup.class).id("report-format");
        for (Runnable change : List.<Runnable>of(() -> format.setValue(ReportFormat.HTML),
                () -> date("report-from").setValue(today.withDayOfMonth(1).minusDays(3)))) {
            test($(Button.class).id("report-export")).click();
            $(DeskExportPanel.class).single().lastOutcome().orElseThrow().get(60, TimeUnit.SECONDS);
            roundTrip();
            assertThat($(Anchor.class).id("report-download").isVisible()).isTrue();
            List<Path> waiting = exportFiles();
            assertThat(waiting).isNotEmpty();

            change.run();

            assertThat($(Anchor.class).withId("report-download").exists()).as("hidden").isFalse();
            assertThat($(Span.class).id("report-status").getText()).isEmpty();
            assertThat(waiting).allSatisfy(file -> assertThat(file).doesNotExist());
            assertThat(test($(Button.class).id("report-export")).isUsable()).isTrue();
        }
    }

    @Test
    void every_role_may_open_the_desk_report() {
        for (String user : List.of("viewer", "checker", "editor", "admin")) {
            SignedIn.as(users, user);
            UI.getCurrent().navigate("reports");
            assertThat(getCurrentView()).as(user).isInstanceOf(DeskReportView.class);
        }
    }

    private static List<Path> exportFiles() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("factdesk-desk-report-")).toList();
        }
    }
}
