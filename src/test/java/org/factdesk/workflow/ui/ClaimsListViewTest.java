package org.factdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimListItem;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Priority;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.claim.SignedIn;
import org.factdesk.security.Colleague;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The desk's claim list: filters read from and written to the address, and the editors' bulk assignment. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithUserDetails("editor")
class ClaimsListViewTest extends SpringBrowserlessTest {

    @Autowired
    ClaimService claims;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    UserDetailsService users;

    @PersistenceContext
    EntityManager entities;

    @RegisterExtension
    final DeskClaims desk = new DeskClaims();

    private LocalDate today;

    @BeforeEach
    void the_desk() {
        today = desk.today();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimListItem> grid() {
        return $(Grid.class).id("claims-grid");
    }

    private List<Long> rows() {
        return java.util.stream.IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i).id())
                .toList();
    }

    private long notCandidates() {
        return desk.seed().stream().filter(row -> row.status() != ClaimStatus.CANDIDATE).count();
    }

    private void open(String query) {
        UI.getCurrent().navigate("claims", QueryParameters.fromString(query));
    }

    private Map<String, List<String>> location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<ClaimStatus> statusFilter() {
        return $(MultiSelectComboBox.class).id("filter-status");
    }

    @Test
    void without_filters_every_claim_but_the_candidates_is_listed_with_its_article_and_asked_for_they_come_too() {
        navigate(ClaimsListView.class);

        assertThat(test(grid()).size()).isEqualTo(notCandidates());
        assertThat(notCandidates()).isLessThan(desk.seed().size());
        open("candidates=true");
        assertThat(test(grid()).size()).isEqualTo(desk.seed().size());
        assertThat($(Checkbox.class).id("filter-candidates").getValue()).isTrue();
        assertThat(test(grid()).getRow(0).articleTitle()).isEqualTo(DeskClaims.SEED_TITLE);
        assertThat(statusFilter().getValue()).isEmpty();
    }

    @Test
    void an_empty_list_says_when_hidden_candidates_match_and_only_then() {
        long article = desk.article();
        open("article=" + article);
        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No claim chosen for checking matches these filters, but "
                + "some candidates do: tick “Show candidates” to see them.");

        open("article=" + article + "&assignee=checker");
        assertThat(grid().getEmptyStateText()).isEqualTo("No claims match these filters");

        long chosen = desk.select(0);
        open("article=" + article);
        assertThat(rows()).containsExactly(chosen);
        open("article=" + article + "&candidates=true");
        assertThat(test(grid()).size()).isEqualTo(desk.seed().size());
    }

    @Test
    void the_status_filter_tells_a_screen_reader_what_changed_in_the_page_s_language() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate(ClaimsListView.class);

        assertThat(statusFilter().getI18n().getSelected()).isEqualTo("ajouté à la sélection");
        assertThat(statusFilter().getI18n().getTotal()).isEqualTo("{count} choisis");
    }

    @Test
    void the_grid_reads_pages_of_25_rows_and_lists_every_claim_once() {
        open("candidates=true");

        assertThat(grid().getPageSize()).isEqualTo(ClaimsListView.PAGE_SIZE).isEqualTo(25);
        assertThat(rows()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(desk.seed().stream().map(ClaimRow::id).toList());
    }

    @Test
    void the_filters_come_from_the_address() {
        long late = desk.assign(0, "checker", today.plusDays(3), Priority.HIGH);
        desk.dueOn(late, today.minusDays(2));
        long onTime = desk.assign(1, "checker", today.plusDays(3), Priority.HIGH);
        desk.assign(2, "editor", today.plusDays(3), Priority.HIGH);
        long toCheck = desk.select(3);

        open("status=IN_RESEARCH&assignee=checker");
        assertThat(rows()).containsExactlyInAnyOrder(late, onTime);
        assertThat(statusFilter().getValue()).containsExactly(ClaimStatus.IN_RESEARCH);
        assertThat($(ComboBox.class).id("filter-assignee").getValue()).isEqualTo(new Colleague("checker",
                "Chloé Checker"));

        open("assignee=checker&overdue=true");
        assertThat(rows()).containsExactly(late);
        assertThat($(Checkbox.class).id("filter-overdue").getValue()).isTrue();

        open("status=TO_CHECK&status=IN_REVIEW");
        assertThat(rows()).containsExactly(toCheck);

        open("status=NOT_A_STATUS&rating=x");
        assertThat(test(grid()).size()).as("nonsense is ignored").isEqualTo(notCandidates());
    }

    @Test
    void the_verdict_and_text_filters_come_from_the_address_too() {
        long rating = ratings.active().getFirst().id();
        long id = desk.select(0);
        desk.approve(id, rating, java.time.Instant.now(), java.time.Instant.now());
        long other = desk.select(1);
        desk.statement(other, "Inflation hit 100% last year");

        open("status=APPROVED&rating=" + rating);
        assertThat(rows()).containsExactly(id);
        assertThat($(ComboBox.class).id("filter-rating").getValue()).isNotNull();

        open("q=100%25");
        assertThat(rows()).containsExactly(other);
        assertThat($(TextField.class).id("filter-text").getValue()).isEqualTo("100%");
    }

    @Test
    void the_due_date_range_comes_from_the_address_and_goes_back_to_it() {
        long soon = desk.assign(0, "checker", today.plusDays(2), Priority.NORMAL);
        desk.assign(1, "checker", today.plusDays(9), Priority.NORMAL);

        open("dueFrom=" + today + "&dueTo=" + today.plusDays(7));
        assertThat(rows()).containsExactly(soon);
        assertThat($(DatePicker.class).id("filter-due-from").getValue()).isEqualTo(today);
        assertThat($(DatePicker.class).id("filter-due-to").getMin()).as("the range bounds its end").isEqualTo(today);

        test($(DatePicker.class).id("filter-due-to")).setValue(today.plusDays(10));
        assertThat(location()).isEqualTo(Map.of("dueFrom", List.of(today.toString()),
                "dueTo", List.of(today.plusDays(10).toString())));
        assertThat(rows()).hasSize(2);
    }

    @Test
    void changing_a_filter_writes_it_to_the_address() {
        long id = desk.select(0);
        navigate(ClaimsListView.class);

        test(statusFilter()).selectItem("To check");

        assertThat(location()).isEqualTo(Map.of("status", List.of("TO_CHECK")));
        assertThat(rows()).containsExactly(id);

        test($(Checkbox.class).id("filter-overdue")).click();
        assertThat(location()).isEqualTo(Map.of("status", List.of("TO_CHECK"), "overdue", List.of("true")));
        assertThat(rows()).isEmpty();
    }

    @Test
    void an_editor_assigns_the_selected_claims_in_one_go() {
        long first = desk.select(0);
        long second = desk.select(1);
        open("status=TO_CHECK");
        Button assign = $(Button.class).id("assign-selected");
        assertThat(assign.isEnabled()).isFalse();

        grid().select(test(grid()).getRow(0));
        grid().select(test(grid()).getRow(1));
        assertThat(assign.isEnabled()).isTrue();
        test(assign).click();
        @SuppressWarnings("unchecked")
        ComboBox<Colleague> colleague = $(ComboBox.class).id("assign-assignee");
        test(colleague).selectItem("Chloé Checker");
        test($(DatePicker.class).id("assign-due")).setValue(today.plusDays(5));
        test($(Button.class).id("assign-save")).click();

        assertThat($(Notification.class).last().getElement().getProperty("text")).isEqualTo("2 claims assigned");
        entities.clear();
        for (long id : List.of(first, second)) {
            ClaimRow claim = claims.find(id).orElseThrow();
            assertThat(claim.status()).as("waits for the checker to take it").isEqualTo(ClaimStatus.TO_CHECK);
            assertThat(claim.assignee()).isEqualTo("checker");
        }
        assertThat(test(grid()).size()).as("still to check, now assigned").isEqualTo(2);
    }

    @Test
    void one_claim_is_assigned_in_the_singular_in_english_and_french() {
        desk.select(0);
        for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            UI.getCurrent().setLocale(language);
            open("status=TO_CHECK");
            grid().select(test(grid()).getRow(0));
            test($(Button.class).id("assign-selected")).click();

            com.vaadin.flow.component.dialog.Dialog dialog = $(com.vaadin.flow.component.dialog.Dialog.class)
                    .id("assign-dialog");
            assertThat(dialog.getHeaderTitle()).isEqualTo(language == java.util.Locale.FRENCH
                    ? "Assigner 1 affirmation" : "Assign 1 claim");
            dialog.close();
        }
    }

    @Test
    void a_refused_assignment_is_shown_next_to_the_field() {
        desk.select(0);
        open("status=TO_CHECK");
        grid().select(test(grid()).getRow(0));
        test($(Button.class).id("assign-selected")).click();

        test($(Button.class).id("assign-save")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Colleague> colleague = $(ComboBox.class).id("assign-assignee");
        assertThat(colleague.isInvalid()).isTrue();
        assertThat(colleague.getErrorMessage()).isNotBlank();
        assertThat(claims.find(test(grid()).getRow(0).id()).orElseThrow().status()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    void a_viewer_reads_the_list_but_cannot_assign() {
        SignedIn.as(users, "viewer");

        navigate(ClaimsListView.class);

        assertThat(test(grid()).size()).isEqualTo(notCandidates());
        assertThat($(Button.class).withId("assign-selected").exists()).isFalse();
        assertThat(grid().getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
    }
}
