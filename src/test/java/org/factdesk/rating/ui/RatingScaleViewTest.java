package org.factdesk.rating.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.stream.IntStream;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The rating scale screen: administrators see and change the scale; nobody else can open it. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class RatingScaleViewTest extends SpringBrowserlessTest {

    private static final int COLOUR = 0;
    private static final int LABEL_EN = 1;
    private static final int LABEL_FR = 2;
    private static final int NUMBER = 3;
    private static final int DESCRIPTION = 4;
    private static final int STATUS = 5;
    private static final int ACTIONS = 6;

    @Autowired
    RatingScaleService scale;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<RatingItem> grid() {
        return $(Grid.class).id("ratings-grid");
    }

    private int row(String labelEn) {
        return IntStream.range(0, test(grid()).size()).filter(row -> test(grid()).getRow(row).labelEn()
                .equals(labelEn)).findFirst().orElseThrow();
    }

    private RatingItem stored(String labelEn) {
        return scale.all().stream().filter(rating -> rating.labelEn().equals(labelEn)).findFirst().orElseThrow();
    }

    private Button rowButton(String labelEn, String idPrefix) {
        Component cell = test(grid()).getCellComponent(row(labelEn), ACTIONS);
        return $(Button.class).from(cell).id(idPrefix + stored(labelEn).id());
    }

    private void fillNewRating(String labelEn, String labelFr, String colour) {
        test($(Button.class).id("rating-create")).click();
        test($(TextField.class).id("rating-label-en")).setValue(labelEn);
        test($(TextField.class).id("rating-label-fr")).setValue(labelFr);
        test($(TextField.class).id("rating-colour")).setValue(colour);
    }

    private void save() {
        test($(Button.class).id("rating-save")).click();
    }

    private boolean dialogOpen() {
        return $(Dialog.class).withId("rating-dialog").exists();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void an_admin_sees_the_eight_default_ratings_in_order() {
        navigate(RatingScaleView.class);

        assertThat(test(grid()).size()).isEqualTo(8);
        assertThat(test(grid()).getCellText(0, LABEL_EN)).isEqualTo("True");
        assertThat(test(grid()).getCellText(0, LABEL_FR)).isEqualTo("Vrai");
        assertThat(test(grid()).getCellText(0, NUMBER)).isEqualTo("6");
        assertThat(test(grid()).getCellText(0, DESCRIPTION)).isEqualTo("Accurate, with nothing significant missing.");
        assertThat(test(grid()).getCellText(0, STATUS)).isEqualTo("Active");
        assertThat(test(grid()).getCellText(7, LABEL_EN)).isEqualTo("Not a factual claim");
        assertThat(test(grid()).getCellText(7, NUMBER)).isEqualTo("—");
        assertThat(test(grid()).getCellComponent(0, COLOUR).getElement().getStyle().get("background-color"))
                .isEqualTo("#2b8a3e");
        assertThat(rowButton("True", "rating-up-").isEnabled()).as("the first cannot move up").isFalse();
        assertThat(rowButton("True", "rating-down-").isEnabled()).isTrue();
        assertThat(rowButton("Not a factual claim", "rating-down-").isEnabled()).isFalse();
    }

    @Test
    void an_admin_creates_a_rating_through_the_dialog() {
        navigate(RatingScaleView.class);

        fillNewRating("Half true", "À moitié vrai", "#1971C2");
        test($(IntegerField.class).id("rating-value")).setValue(4);
        save();

        assertThat(dialogOpen()).as("the dialog closed").isFalse();
        assertThat(lastNotification()).isEqualTo("Rating saved");
        assertThat(test(grid()).size()).isEqualTo(9);
        assertThat(test(grid()).getCellText(8, LABEL_FR)).isEqualTo("À moitié vrai");
        RatingItem created = stored("Half true");
        assertThat(created.colour()).isEqualTo("#1971c2");
        assertThat(created.ratingValue()).isEqualTo(4);
    }

    @Test
    void an_invalid_colour_is_marked_on_its_field_and_nothing_is_saved() {
        navigate(RatingScaleView.class);

        fillNewRating("Pink", "Rose", "red");
        save();

        TextField colour = $(TextField.class).id("rating-colour");
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).isEqualTo("Enter a colour as #rrggbb, for example #2b8a3e");
        assertThat(dialogOpen()).isTrue();
        assertThat(scale.all()).hasSize(8);
    }

    @Test
    void a_number_out_of_range_and_a_taken_label_are_marked_on_their_fields() {
        navigate(RatingScaleView.class);

        fillNewRating("Pink", "Rose", "#ff00aa");
        // The field itself refuses 0 in the browser; the server refuses it too, for a request that gets past it.
        $(IntegerField.class).id("rating-value").setValue(0);
        save();
        assertThat($(IntegerField.class).id("rating-value").getErrorMessage())
                .isEqualTo("Enter a whole number from 1 to 100, or leave it empty");

        test($(IntegerField.class).id("rating-value")).setValue(7);
        test($(TextField.class).id("rating-label-fr")).setValue("faux");
        save();

        TextField labelFr = $(TextField.class).id("rating-label-fr");
        assertThat(labelFr.isInvalid()).isTrue();
        assertThat(labelFr.getErrorMessage()).isEqualTo("Another rating already has this label");
        assertThat(scale.all()).hasSize(8);
    }

    @Test
    void an_admin_edits_a_rating() {
        navigate(RatingScaleView.class);

        test(rowButton("Mixed", "rating-edit-")).click();
        assertThat($(TextField.class).id("rating-label-fr").getValue()).isEqualTo("Mitigé");
        assertThat($(TextField.class).id("rating-colour").getValue()).isEqualTo("#e67700");
        test($(TextField.class).id("rating-label-en")).setValue("Half and half");
        save();

        assertThat(dialogOpen()).isFalse();
        assertThat(test(grid()).getCellText(2, LABEL_EN)).isEqualTo("Half and half");
        assertThat(stored("Half and half").ratingValue()).isEqualTo(4);
    }

    @Test
    void an_admin_moves_and_retires_ratings_from_the_list() {
        navigate(RatingScaleView.class);

        test(rowButton("False", "rating-up-")).click();
        assertThat(test(grid()).getCellText(4, LABEL_EN)).isEqualTo("False");

        test(rowButton("Misleading", "rating-retire-")).click();
        assertThat(test(grid()).getCellText(row("Misleading"), STATUS)).isEqualTo("Retired");
        assertThat(scale.active()).extracting(RatingItem::labelEn).doesNotContain("Misleading");
        assertThat(rowButton("Misleading", "rating-retire-").getText()).isEqualTo("Reinstate");

        test(rowButton("Misleading", "rating-retire-")).click();
        assertThat(scale.active()).extracting(RatingItem::labelEn).contains("Misleading");
    }

    @Test
    void an_admin_deletes_an_unused_rating_after_confirming() {
        navigate(RatingScaleView.class);

        test(rowButton("Unverifiable", "rating-delete-")).click();
        test($(Button.class).id("rating-delete-confirm")).click();

        assertThat(test(grid()).size()).isEqualTo(7);
        assertThat(scale.all()).extracting(RatingItem::labelEn).doesNotContain("Unverifiable");
        assertThat(lastNotification()).isEqualTo("Rating deleted");
    }

    @Test
    void deleting_a_rating_in_use_is_disabled_and_says_why() {
        long claimId = jdbc.queryForObject("select min(id) from claim", Long.class);
        jdbc.update("update claim set rating_id = ? where id = ?", stored("False").id(), claimId);

        navigate(RatingScaleView.class);

        Button delete = rowButton("False", "rating-delete-");
        assertThat(delete.isEnabled()).isFalse();
        assertThat(delete.getTooltip().getText()).isEqualTo("Verdicts use this rating: it can be retired, not deleted");
        assertThat(test(grid()).getCellText(row("False"), STATUS)).isEqualTo("Active · in use");
        assertThat(rowButton("True", "rating-delete-").isEnabled()).isTrue();
        assertThat(rowButton("False", "rating-retire-").isEnabled()).isTrue();
    }

    @Test
    void the_screen_speaks_french_to_a_french_user() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        navigate(RatingScaleView.class);

        assertThat(test(grid()).getCellText(0, DESCRIPTION)).isEqualTo("Exact, sans omission significative.");
        assertThat(test(grid()).getCellText(0, STATUS)).isEqualTo("Active");
        assertThat($(Button.class).id("rating-create").getText()).isEqualTo("Nouvelle note");
        assertThat(grid().getColumns().get(LABEL_FR).getHeaderText()).isEqualTo("Libellé (français)");
        assertThat(rowButton("True", "rating-edit-").getText()).isEqualTo("Modifier");
    }

    @Test
    void the_badge_shows_the_label_in_the_users_language_with_the_ratings_colour() {
        RatingItem mostlyFalse = stored("Mostly false");

        RatingBadge french = new RatingBadge(mostlyFalse, Locale.FRENCH);
        RatingBadge english = new RatingBadge(mostlyFalse, Locale.ENGLISH);

        assertThat(french.getText()).isEqualTo("Plutôt faux");
        assertThat(english.getText()).isEqualTo("Mostly false");
        assertThat(english.getStyle().get("border-left")).endsWith("#c92a2a");
        assertThat(english.getTitle()).contains("Contains an element of truth but ignores critical facts.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_open_the_rating_scale() {
        UI.getCurrent().navigate("admin/ratings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_cannot_open_the_rating_scale() {
        UI.getCurrent().navigate("admin/ratings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_the_rating_scale() {
        UI.getCurrent().navigate("admin/ratings");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(Grid.class).withId("ratings-grid").exists()).isFalse();
    }
}
