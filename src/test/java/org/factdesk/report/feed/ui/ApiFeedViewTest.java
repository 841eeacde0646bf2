package org.factdesk.report.feed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.factdesk.base.ui.AccessDeniedView;
import org.factdesk.report.feed.ApiFeedService;
import org.factdesk.report.feed.ApiTokenItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The feed's admin screen: the switch, creating a token shown once, revoking after confirming; admins only. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithMockUser(username = "admin", roles = "ADMIN")
class ApiFeedViewTest extends SpringBrowserlessTest {

    private static final int NAME = 0;
    private static final int CREATED_BY = 1;
    private static final int LAST_USED = 3;
    private static final int STATUS = 4;
    private static final int ACTIONS = 5;

    @Autowired
    ApiFeedService feed;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenItem> grid() {
        return $(Grid.class).id("tokens-grid");
    }

    private String createToken(String name) {
        test($(Button.class).id("token-create")).click();
        test($(TextField.class).id("token-name")).setValue(name);
        test($(Button.class).id("token-create-confirm")).click();
        return $(TextField.class).id("token-secret").getValue();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void the_feed_starts_off_and_the_switch_turns_it_on_and_off() {
        navigate(ApiFeedView.class);
        Checkbox enabled = $(Checkbox.class).id("feed-enabled");
        assertThat(enabled.getValue()).isFalse();
        assertThat($(Pre.class).id("feed-example").getText()).contains("/api/claimreviews?since=")
                .contains("Authorization: Bearer <token>");

        test(enabled).click();

        assertThat(feed.isEnabled()).isTrue();
        assertThat(lastNotification()).isEqualTo("The ClaimReview feed is on");
        test(enabled).click();
        assertThat(feed.isEnabled()).isFalse();
    }

    @Test
    void the_page_warns_while_the_desk_s_public_address_is_the_example_one() {
        navigate(ApiFeedView.class);

        assertThat($(Paragraph.class).id("feed-placeholder-warning").isVisible()).isTrue();
    }

    @Test
    void a_new_token_is_shown_once_and_listed_by_name_only() {
        navigate(ApiFeedView.class);
        assertThat(test(grid()).size()).isZero();

        String secret = createToken("Newsroom <CMS>");

        assertThat(secret).startsWith("fdk_").hasSize(47);
        assertThat($(TextField.class).id("token-secret").isReadOnly()).isTrue();
        assertThat($(Paragraph.class).id("token-shown-once").getText()).contains("shown only this once");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, NAME)).isEqualTo("Newsroom <CMS>");
        assertThat(test(grid()).getCellText(0, CREATED_BY)).isEqualTo("Ada Admin");
        assertThat(test(grid()).getCellText(0, LAST_USED)).isEqualTo("Never");
        assertThat(test(grid()).getCellText(0, STATUS)).isEqualTo("Active");
        assertThat(jdbc.queryForList("select token_sha256 from api_token", String.class)).singleElement()
                .isNotEqualTo(secret);
        test($(Button.class).id("token-done")).click();
        assertThat($(Dialog.class).withId("token-dialog").exists()).isFalse();
    }

    @Test
    void a_blank_or_taken_name_is_marked_on_the_field_and_nothing_is_created() {
        navigate(ApiFeedView.class);
        createToken("CMS");
        test($(Button.class).id("token-done")).click();

        test($(Button.class).id("token-create")).click();
        test($(TextField.class).id("token-name")).setValue("cms");
        test($(Button.class).id("token-create-confirm")).click();

        TextField name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("An active token already has this name");
        test(name).setValue(" ");
        test($(Button.class).id("token-create-confirm")).click();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        assertThat(feed.tokens()).hasSize(1);
    }

    @Test
    void revoking_asks_first_and_then_cuts_the_token_off() {
        navigate(ApiFeedView.class);
        createToken("CMS");
        test($(Button.class).id("token-done")).click();
        long id = feed.tokens().getFirst().id();

        test($(Button.class).from(test(grid()).getCellComponent(0, ACTIONS)).id("token-revoke-" + id)).click();
        assertThat($(Dialog.class).id("token-revoke-dialog").getHeaderTitle()).isEqualTo("Revoke the token “CMS”?");
        test($(Button.class).withText("Cancel").from($(Dialog.class).id("token-revoke-dialog")).single()).click();
        assertThat(feed.tokens().getFirst().revoked()).isFalse();

        test($(Button.class).from(test(grid()).getCellComponent(0, ACTIONS)).id("token-revoke-" + id)).click();
        test($(Button.class).id("token-revoke-confirm")).click();

        assertThat(feed.tokens().getFirst().revoked()).isTrue();
        assertThat(lastNotification()).isEqualTo("Token “CMS” revoked");
        assertThat(test(grid()).getCellText(0, STATUS)).startsWith("Revoked by Ada Admin on ");
    }

    @Test
    void the_screen_speaks_french_to_a_french_user() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        navigate(ApiFeedView.class);

        assertThat($(Checkbox.class).id("feed-enabled").getLabel()).isEqualTo("Flux activé");
        assertThat($(Button.class).id("token-create").getText()).isEqualTo("Nouveau jeton");
        assertThat(grid().getColumns().get(LAST_USED).getHeaderText()).isEqualTo("Dernière utilisation");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_open_it() {
        UI.getCurrent().navigate("admin/api");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_cannot_open_it() {
        UI.getCurrent().navigate("admin/api");

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
