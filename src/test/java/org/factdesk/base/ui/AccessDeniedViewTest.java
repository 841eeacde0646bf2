package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.base.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user who opens a page their roles do not open is told who may, in their language. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
class AccessDeniedViewTest extends SpringBrowserlessTest {

    private String deniedText(String route, Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(route);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        return $(Paragraph.class).id("access-denied-text").getText();
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_opening_the_review_queue_is_told_only_editors_can_open_it() {
        assertThat(deniedText("review", Locale.ENGLISH)).isEqualTo("Only editors can open the review queue.");
        assertThat($(H2.class).single().getText()).isEqualTo("Not for your role");
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_opening_the_review_queue_is_told_so_in_french() {
        assertThat(deniedText("review", Locale.FRENCH))
                .isEqualTo("Seuls les éditeurs peuvent ouvrir la file de relecture.");
        assertThat($(H2.class).single().getText()).isEqualTo("Réservé à d’autres rôles");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_opening_an_article_s_edit_page_is_told_only_editors_can_edit_it() {
        assertThat(deniedText("articles/1/edit", Locale.ENGLISH)).isEqualTo("Only editors can edit an article.");
        assertThat(deniedText("articles/1/edit", Locale.FRENCH)).isEqualTo("Seuls les éditeurs peuvent modifier un article.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_opening_the_users_page_is_told_only_administrators_manage_users() {
        assertThat(deniedText("admin/users", Locale.ENGLISH)).isEqualTo("Only administrators can manage users.");
        assertThat(deniedText("admin/users", Locale.FRENCH))
                .isEqualTo("Seuls les administrateurs peuvent gérer les utilisateurs.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_opening_my_tasks_is_told_who_has_tasks() {
        assertThat(deniedText("tasks", Locale.ENGLISH)).isEqualTo("Only editors and fact-checkers have tasks.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_signed_in_user_at_an_unknown_address_gets_the_not_found_page() {
        UI.getCurrent().navigate("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void a_page_without_its_own_message_gets_the_message_of_its_roles_or_the_generic_one() {
        assertThat(AccessDeniedView.messageKey("admin/backups", Set.of("ADMIN")))
                .isEqualTo("error.access-denied.roles.admin");
        assertThat(AccessDeniedView.messageKey("somewhere", Set.of("EDITOR", "CHECKER")))
                .isEqualTo("error.access-denied.roles.editor-checker");
        assertThat(AccessDeniedView.messageKey("somewhere", Set.of("VIEWER", "ADMIN")))
                .isEqualTo(AccessDeniedView.GENERIC);
    }

    @Test
    void every_page_message_names_a_real_route_and_every_message_exists_in_both_languages() {
        Set<String> templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteBaseData::getTemplate).collect(Collectors.toSet());
        assertThat(templates).containsAll(AccessDeniedView.PAGE_MESSAGES.keySet());

        Translations translations = new Translations();
        Stream.of(AccessDeniedView.PAGE_MESSAGES.values().stream(), AccessDeniedView.ROLE_MESSAGES.values().stream(),
                Stream.of(AccessDeniedView.GENERIC)).flatMap(keys -> keys).forEach(key ->
                Translations.LOCALES.forEach(locale ->
                        assertThat(translations.getTranslation(key, locale)).as(key).doesNotStartWith("!")));
    }
}
