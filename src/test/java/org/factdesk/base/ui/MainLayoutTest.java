package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.factdesk.security.UserService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    /** The entries' labels as the browser shows them: a SideNavItem's, or an entry element's own content. */
    private List<String> sideNavLabels() {
        UI.getCurrent().navigate("articles");
        return $(SideNav.class).id("side-nav").getElement().getChildren()
                .map(item -> item.getComponent().filter(SideNavItem.class::isInstance).map(SideNavItem.class::cast)
                        .map(SideNavItem::getLabel)
                        .orElseGet(() -> Jsoup.parseBodyFragment(item.getProperty("innerHTML", "")).text()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Select<Locale> languageSwitch() {
        return $(Select.class).id("language-switch");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_sees_only_the_articles_claims_and_reports_entries() {
        assertThat(sideNavLabels()).containsExactly("Articles", "Claims", "Reports");
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_sees_articles_claims_their_tasks_and_reports() {
        assertThat(sideNavLabels()).containsExactly("Articles", "Claims", "My tasks", "Reports");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_sees_the_dashboard_articles_import_claims_their_tasks_the_review_queue_and_reports() {
        assertThat(sideNavLabels()).containsExactly("Dashboard", "Articles", "Import article", "Claims", "My tasks",
                "Review queue", "Reports", "Fact-check library");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_sees_articles_claims_reports_users_desk_settings_the_rating_scale_the_feed_and_backups() {
        assertThat(sideNavLabels()).containsExactly("Articles", "Claims", "Reports", "Fact-check library", "Users",
                "Desk settings", "Rating scale", "ClaimReview feed", "Backups", "Suggestions");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
    void rights_add_up_for_a_user_with_several_roles() {
        assertThat(sideNavLabels()).containsExactly("Dashboard", "Articles", "Import article", "Claims", "My tasks",
                "Review queue", "Reports", "Fact-check library", "Users", "Desk settings", "Rating scale",
                "ClaimReview feed", "Backups", "Suggestions");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_entry_is_one_element_with_its_path_label_and_icon_and_the_review_queue_keeps_its_count() {
        UI.getCurrent().navigate("articles");
        List<Element> items = $(SideNav.class).id("side-nav").getElement().getChildren().toList();

        Element claims = items.get(3);
        assertThat(claims.getTag()).isEqualTo("vaadin-side-nav-item");
        assertThat(claims.getAttribute("path")).isEqualTo("claims");
        assertThat(claims.getChildCount()).as("no child nodes held by the session").isZero();
        assertThat(claims.getProperty("innerHTML"))
                .isEqualTo("Claims<vaadin-icon icon=\"vaadin:list\" slot=\"prefix\"></vaadin-icon>");
        assertThat(items.get(5).getComponent()).get().isInstanceOf(SideNavItem.class);
        assertThat(((SideNavItem) items.get(5).getComponent().orElseThrow()).getSuffixComponent().getId())
                .contains("nav-review-count");
    }

    @Test
    void our_texts_written_into_markup_are_escaped() {
        assertThat(MainLayout.entryContent("<b>R&D</b> l'équipe", "vaadin:list"))
                .isEqualTo("&lt;b&gt;R&amp;D&lt;/b&gt; l'équipe<vaadin-icon icon=\"vaadin:list\" slot=\"prefix\"></vaadin-icon>");
        assertThat(MainLayout.entryContent("Articles", null)).isEqualTo("Articles");
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void the_signed_in_users_display_name_the_page_title_and_sign_out_are_shown() {
        UI.getCurrent().navigate("articles");

        assertThat($(Span.class).id("current-user").getText()).isEqualTo("Chloé Checker");
        assertThat($(H1.class).single().getText()).isEqualTo("Articles");
        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
        assertThat(languageSwitch().getValue()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void switching_to_french_saves_the_preference_and_the_reloaded_page_speaks_french() {
        UI.getCurrent().navigate("articles");
        assertThat(users.preferredLocale("viewer")).isEmpty();

        test(languageSwitch()).selectItem("Français");

        assertThat(users.preferredLocale("viewer")).contains(Locale.FRENCH);
        // The switch reloads the page; the new tab opens in the saved language.
        UI.getCurrent().navigate("articles");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Se déconnecter");
        assertThat(languageSwitch().getValue()).isEqualTo(Locale.FRENCH);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void every_page_sits_in_the_main_landmark_and_the_menu_is_a_named_navigation() {
        UI.getCurrent().navigate("articles");
        Main main = $(Main.class).id("main-content");
        assertThat(getCurrentView().getElement().getParent()).isEqualTo(main.getElement());
        assertThat($(SideNav.class).id("side-nav").getElement().getAttribute("aria-label")).isEqualTo("Main menu");
        assertThat($(DrawerToggle.class).id("menu-toggle").getAriaLabel()).contains("Show or hide the menu");

        UI.getCurrent().navigate("claims");

        assertThat(getCurrentView().getElement().getParent()).isEqualTo(main.getElement());
        assertThat(main.getElement().getChildCount()).isEqualTo(1);
        assertThat($(H1.class).single().getText()).isEqualTo("Claims");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_not_found_page_keeps_the_layout_for_a_signed_in_user() {
        UI.getCurrent().navigate("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(Span.class).id("current-user").getText()).isEqualTo("Eddie Editor");
    }
}
