package org.factdesk.report.feed.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Formats;
import org.factdesk.base.ui.Notifications;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.report.feed.ApiFeedService;
import org.factdesk.report.feed.ApiTokenItem;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administrators turn the ClaimReview feed on or off and manage the API tokens a newsroom CMS reads it with: create
 * one (its text is shown once), see when each was last used, revoke one.
 */
@Route("admin/api")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 93, title = "report.feed.nav", icon = "vaadin:connect")
class ApiFeedView extends VerticalLayout implements HasDynamicTitle {

    static final String FEED_PATH = "/api/claimreviews";

    private final ApiFeedService feed;
    private final ZoneId zone;
    private final Grid<ApiTokenItem> grid = new Grid<>();
    private final UserService users;

    ApiFeedView(ApiFeedService feed, DeskSettingsService desk, UserService users) {
        this.users = users;
        this.feed = feed;
        this.zone = desk.get().zoneId();
        setSizeFull();
        Checkbox enabled = new Checkbox(getTranslation("report.feed.enabled"), feed.isEnabled());
        enabled.setId("feed-enabled");
        enabled.setHelperText(getTranslation("report.feed.enabled-help"));
        enabled.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                switchFeed(change.getValue());
            }
        });
        Pre example = new Pre(getTranslation("report.feed.example", address()));
        example.setId("feed-example");
        example.addClassName("fd-feed-example");
        Button copy = new Button(getTranslation("report.feed.copy"), VaadinIcon.COPY_O.create(), click -> copy(example));
        copy.setId("feed-example-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div exampleBox = new Div(new Paragraph(getTranslation("report.feed.example-label")), example, copy);
        exampleBox.addClassName("fd-feed-example-box");
        Button create = new Button(getTranslation("report.token.create"), VaadinIcon.PLUS.create(),
                click -> new NewTokenDialog(feed, this::refresh).open());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        Paragraph placeholder = new Paragraph(getTranslation("report.feed.placeholder-warning"));
        placeholder.setId("feed-placeholder-warning");
        placeholder.addClassName("fd-warning");
        placeholder.setVisible(DeskSettingsData.isPlaceholder(desk.get().publicBaseUrl()));
        add(placeholder, new Paragraph(getTranslation("report.feed.intro")), enabled, exampleBox,
                new H2(getTranslation("report.token.title")), new Paragraph(getTranslation("report.token.intro")),
                create, grid);
        refresh();
    }

    /**
     * Copies the example to the clipboard; where the browser refuses (a page not served over HTTPS), selects it for
     * the user to copy. The script reads the element's own text: nothing is put into it.
     */
    private void copy(Pre example) {
        example.getElement().executeJs("""
                const text = this.textContent;
                const select = () => {
                  const range = document.createRange();
                  range.selectNodeContents(this);
                  const selection = window.getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                  return false;
                };
                return navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, select) : select();
                """).then(Boolean.class, copied -> Notifications.success(this,
                        Boolean.TRUE.equals(copied) ? "report.feed.copied" : "report.feed.copy-selected"));
    }

    private void configureGrid() {
        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Columns of set widths whose text wraps, not as wide as their longest text: however long the tokens' names,
        // the table stays within the page at 820 px.
        grid.addColumn(ApiTokenItem::name).setHeader(getTranslation("report.token.name")).setWidth("8rem")
                .setFlexGrow(2);
        grid.addColumn(token -> users.displayName(token.createdBy())).setHeader(getTranslation("report.token.created-by"))
                .setWidth("7rem");
        grid.addColumn(token -> Formats.dateTime(token.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("report.token.created-at")).setWidth("8rem");
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("report.token.never-used")
                : Formats.dateTime(token.lastUsedAt(), zone, getLocale()))
                .setHeader(getTranslation("report.token.last-used")).setWidth("8rem");
        grid.addColumn(this::status).setHeader(getTranslation("report.token.status")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("report.token.actions"))
                .setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("report.token.none"));
        grid.setSizeFull();
    }

    private String status(ApiTokenItem token) {
        String revokedBy = token.revokedBy();
        return token.revoked() ? getTranslation("report.token.revoked",
                revokedBy == null ? "" : users.displayName(revokedBy),
                Formats.dateTime(token.revokedAt(), zone, getLocale())) : getTranslation("report.token.active");
    }

    private Component revokeButton(ApiTokenItem token) {
        Button revoke = new Button(getTranslation("report.token.revoke"),
                click -> new RevokeTokenDialog(token, () -> revoke(token)).open());
        revoke.setId("token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(!token.revoked());
        return revoke;
    }

    private void switchFeed(boolean on) {
        feed.setEnabled(on);
        Notifications.success(this, on ? "report.feed.turned-on" : "report.feed.turned-off");
    }

    private void revoke(ApiTokenItem token) {
        try {
            feed.revoke(token.id());
            Notifications.success(this, "report.token.revoked-done", token.name());
        } catch (RefusedException e) {
            Notifications.error(this, e.key(), e.params());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(feed.tokens());
    }

    /** The feed's full address as this browser reached the desk; only the path when that is unknown. */
    private static String address() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return FEED_PATH;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(FEED_PATH)
                .toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.feed.nav");
    }
}
