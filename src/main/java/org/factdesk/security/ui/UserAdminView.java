package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.factdesk.base.RefusedException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserItem;
import org.factdesk.security.UserService;

/**
 * Administrators list users, create them, change their roles, disable or re-enable them, reset passwords, and let
 * users whom failed sign-ins locked out try again.
 */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Clock clock;
    private final Grid<UserItem> grid = new Grid<>();

    UserAdminView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        setSizeFull();
        Button create = new Button(getTranslation("user.create"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, null, this::refresh).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(create, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        // Widths that fit a tablet (820 px) and text that wraps in its cell, so that in French (where "Reset
        // password" is twice as long) or with a locked user's Unlock every action stays on screen, not behind a
        // horizontal scroll bar.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UserItem::username).setHeader(getTranslation("user.username")).setWidth("7rem");
        grid.addColumn(UserItem::displayName).setHeader(getTranslation("user.display-name")).setWidth("6rem");
        grid.addColumn(user -> user.email() == null ? "" : user.email()).setHeader(getTranslation("user.email"))
                .setWidth("8rem").setFlexGrow(2).setPartNameGenerator(user -> "fd-email-cell");
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setWidth("9rem");
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status")).setWidth("7rem");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("user.actions")).setWidth("12rem")
                .setFlexGrow(3);
        grid.setSizeFull();
    }

    private HorizontalLayout actions(UserItem user) {
        Button edit = small(getTranslation("user.edit"), () -> new UserDialog(users, user, this::refresh).open());
        Button password = small(getTranslation("user.reset-password"),
                () -> new PasswordDialog(users, user, this::refresh).open());
        Button toggle = small(getTranslation(user.enabled() ? "user.disable" : "user.enable"),
                () -> setEnabled(user, !user.enabled()));
        toggle.setId("user-toggle-" + user.username());
        edit.setId("user-edit-" + user.username());
        password.setId("user-password-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(edit, password, toggle);
        actions.setWrap(true);
        actions.setSpacing(false);
        if (user.locked()) {
            // First: for a locked user it is the action the admin came for.
            Button unlock = small(getTranslation("user.unlock"), () -> unlock(user));
            unlock.setId("user-unlock-" + user.username());
            actions.addComponentAsFirst(unlock);
        }
        return actions;
    }

    /** Active or disabled; a user locked out by failed sign-ins shows for how long still. */
    private Span status(UserItem user) {
        Span status = new Span(getTranslation(user.enabled() ? "user.enabled" : "user.disabled"));
        if (user.lockedUntil() != null) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), user.lockedUntil()).toSeconds() + 59) / 60);
            status.setText(status.getText() + " · " + getTranslation("user.locked", minutes));
            status.addClassName("fd-user-locked");
        }
        status.setId("user-status-" + user.username());
        return status;
    }

    private void unlock(UserItem user) {
        users.unlock(user.id());
        Notifications.success(this, "user.unlocked-done", user.username());
        refresh();
    }

    private Button small(String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void setEnabled(UserItem user, boolean enabled) {
        try {
            users.setEnabled(user.id(), enabled);
            Notifications.success(this, enabled ? "user.enabled-done" : "user.disabled-done", user.username());
        } catch (RefusedException e) {
            Notifications.error(this, e.key(), e.params());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
