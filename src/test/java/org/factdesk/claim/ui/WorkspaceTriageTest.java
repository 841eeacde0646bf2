package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.DismissReason;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage in the article workspace: the keyboard shortcuts on the claim list, the reason picker the dismiss key opens,
 * "Accept all suggested", ticking several claims, and the undo of the last action, a bulk one as a whole.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
class WorkspaceTriageTest extends SpringBrowserlessTest {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("editor")
    void the_keys_move_through_the_claims_accept_dismiss_and_undo() {
        open();
        List<ClaimRow> ranked = claims.list(seed(), ALL);

        key("j");
        assertThat(selected()).isEqualTo(ranked.get(0).id());
        key("j");
        key("k");
        assertThat(selected()).isEqualTo(ranked.get(0).id());

        key("a");
        assertThat(status(ranked.get(0).id())).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(selected()).as("accepting moves on to the next claim").isEqualTo(ranked.get(1).id());

        key("d");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DismissReason> reason = $(RadioButtonGroup.class).id("dismiss-dialog-reason");
        assertThat(reason.getValue()).isEqualTo(DismissReason.NOT_CHECK_WORTHY);
        test($(Button.class).id("dismiss-dialog-confirm")).click();
        assertThat(claims.find(ranked.get(1).id()).orElseThrow())
                .extracting(ClaimRow::status, ClaimRow::dismissReason)
                .containsExactly(ClaimStatus.DISMISSED, DismissReason.NOT_CHECK_WORTHY);
        assertThat(selected()).isEqualTo(ranked.get(2).id());

        key("u");
        assertThat(status(ranked.get(1).id())).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(status(ranked.get(0).id())).isEqualTo(ClaimStatus.TO_CHECK);
        key("u");
        assertThat(status(ranked.get(0).id())).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    @WithUserDetails("editor")
    void accept_all_suggested_is_undone_as_one_action() {
        open();
        List<Long> suggested = claims.list(seed(), ALL).stream().filter(ClaimRow::suggested).map(ClaimRow::id)
                .toList();
        assertThat(suggested).isNotEmpty();

        test($(Button.class).id("triage-accept-suggested")).click();

        suggested.forEach(id -> assertThat(status(id)).isEqualTo(ClaimStatus.TO_CHECK));
        assertThat(claims.list(seed(), ALL)).filteredOn(row -> !row.suggested())
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(ClaimStatus.CANDIDATE));

        test($(Button.class).id("triage-undo")).click();

        suggested.forEach(id -> assertThat(status(id)).isEqualTo(ClaimStatus.CANDIDATE));
        assertThat($(Button.class).id("triage-undo").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void ticked_claims_are_dismissed_together_then_restored_together() {
        open();
        List<ClaimRow> ranked = claims.list(seed(), ALL);
        key("j");
        key("x");
        key("j");
        key("j");
        key("x");
        assertThat($(Button.class).id("triage-dismiss-ticked").getText()).isEqualTo("Dismiss ticked (2)");

        test($(Button.class).id("triage-dismiss-ticked")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DismissReason> reason = $(RadioButtonGroup.class).id("dismiss-dialog-reason");
        test(reason).selectItem("Duplicate");
        test($(Button.class).id("dismiss-dialog-confirm")).click();

        assertThat(claims.find(ranked.get(0).id()).orElseThrow().dismissReason()).isEqualTo(DismissReason.DUPLICATE);
        assertThat(status(ranked.get(2).id())).isEqualTo(ClaimStatus.DISMISSED);
        assertThat(status(ranked.get(1).id())).isEqualTo(ClaimStatus.CANDIDATE);

        key("u");

        assertThat(status(ranked.get(0).id())).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat(status(ranked.get(2).id())).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    @WithUserDetails("editor")
    void ticking_with_the_mouse_accepts_the_ticked_claims_in_bulk() {
        open();
        List<ClaimRow> ranked = claims.list(seed(), ALL);

        test(tickBox(0)).click();
        test(tickBox(3)).click();
        test($(Button.class).id("triage-accept-ticked")).click();

        assertThat(status(ranked.get(0).id())).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(status(ranked.get(3).id())).isEqualTo(ClaimStatus.TO_CHECK);
        assertThat(claims.history(ranked.get(3).id()).getFirst().detail()).isEqualTo(ClaimService.IN_BULK);
        assertThat(status(ranked.get(1).id())).isEqualTo(ClaimStatus.CANDIDATE);
    }

    @Test
    @WithUserDetails("editor")
    void question_mark_lists_the_shortcuts() {
        open();

        key("?");

        DescriptionList list = $(DescriptionList.class).single();
        assertThat(list.getElement().getTextRecursively()).contains("Next claim", "Accept all suggested claims",
                "Undo the last action");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_moves_through_the_claims_but_cannot_triage() {
        open();
        long first = claims.list(seed(), ALL).getFirst().id();

        key("j");
        key("a");

        assertThat(selected()).isEqualTo(first);
        assertThat(status(first)).isEqualTo(ClaimStatus.CANDIDATE);
        assertThat($(Button.class).withId("triage-accept-suggested").exists()).isFalse();
        assertThat($(Button.class).id("triage-shortcuts").isVisible()).isTrue();
    }

    private void open() {
        navigate("articles/" + seed(), ArticleWorkspaceView.class);
    }

    /** A key as the browser names it, as the page's listener hands it over. */
    private void key(String key) {
        $(ClaimListPanel.class).single().key(key);
    }

    /** The tick box of the row at {@code index}, as the grid draws it. */
    private Checkbox tickBox(int index) {
        return (Checkbox) test(grid()).getCellComponent(index, 0);
    }

    private long selected() {
        return grid().getSelectedItems().iterator().next().id();
    }

    private ClaimStatus status(long id) {
        return claims.find(id).orElseThrow().status();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimRow> grid() {
        return $(Grid.class).id("claims-grid");
    }

    private long seed() {
        return articles.list("vise à renforcer les liens de Bakou", PageRequest.of(0, 10)).getFirst().id();
    }
}
