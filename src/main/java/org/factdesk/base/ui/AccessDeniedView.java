package org.factdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shown to a signed-in user who opens a page their roles do not open (Vaadin's navigation access control reroutes
 * there): it says who may open it, rather than pretending the page does not exist. A user who is not signed in is
 * sent to the sign-in page instead, and an unknown address gets {@link NotFoundView}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    /** The message for a page, by its route template; pages not listed get the message of their roles. */
    static final Map<String, String> PAGE_MESSAGES = Map.of(
            "review", "error.access-denied.page.review",
            "dashboard", "error.access-denied.page.dashboard",
            "articles/import", "error.access-denied.page.import",
            "articles/:articleId/edit", "error.access-denied.page.article-edit",
            "tasks", "error.access-denied.page.tasks",
            "admin/users", "error.access-denied.page.users",
            "admin/settings", "error.access-denied.page.settings",
            "admin/ratings", "error.access-denied.page.ratings",
            "admin/api", "error.access-denied.page.api");

    /** The message for the roles that may open a page (sorted names joined by '.'), when no page message fits. */
    static final Map<String, String> ROLE_MESSAGES = Map.of(
            "ADMIN", "error.access-denied.roles.admin",
            "EDITOR", "error.access-denied.roles.editor",
            "CHECKER.EDITOR", "error.access-denied.roles.editor-checker");

    static final String GENERIC = "error.access-denied.text";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        Paragraph text = new Paragraph(getTranslation(messageKey(event.getLocation().getPath())));
        text.setId("access-denied-text");
        add(new H2(getTranslation("error.access-denied.title")), text,
                new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The key of the message for the page at {@code path}: its own, its roles', or the generic one. */
    static String messageKey(String path) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        Optional<Class<? extends Component>> page = routes.getRoute(path);
        if (page.isEmpty()) {
            return GENERIC;
        }
        RolesAllowed roles = page.get().getAnnotation(RolesAllowed.class);
        return messageKey(routes.getTemplate(page.get()).orElse(""),
                roles == null ? Set.of() : Set.of(roles.value()));
    }

    static String messageKey(String template, Set<String> roles) {
        String own = PAGE_MESSAGES.get(template);
        return own != null ? own : ROLE_MESSAGES.getOrDefault(String.join(".", new TreeSet<>(roles)), GENERIC);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.access-denied.title");
    }
}
