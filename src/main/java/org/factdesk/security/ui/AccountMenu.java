package org.factdesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.factdesk.base.HeaderItem;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.UserService;

/**
 * The signed-in user's own account in the header: "Change password" on every page, and while they still have the
 * demo password the README prints, a banner asking them to change it (asking, not forcing).
 */
@org.springframework.stereotype.Component
class AccountMenu implements HeaderItem {

    private final UserService users;
    private final CurrentUser currentUser;

    AccountMenu(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * The "Change password" button; while the user still has the demo password, a banner before it. Without the
     * demo password (nearly every session) the button alone, with no hidden banner and wrapper that every session
     * would hold (issue 15): the header looks the same, as a hidden banner took no room.
     */
    @Override
    public Component create() {
        if (currentUser.username().isEmpty()) {
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        if (!users.hasDemoPassword()) {
            return changeButton(() -> { });
        }
        HorizontalLayout account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.setSpacing(false);
        HorizontalLayout banner = new HorizontalLayout();
        Runnable changed = () -> banner.setVisible(false);
        Span text = new Span(account.getTranslation("account.demo-banner"));
        Button now = new Button(account.getTranslation("account.demo-banner-action"),
                click -> new ChangePasswordDialog(users, changed).open());
        now.setId("demo-password-change");
        now.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        banner.add(text, now);
        banner.setId("demo-password-banner");
        banner.addClassName("fd-demo-banner");
        banner.setAlignItems(FlexComponent.Alignment.CENTER);
        account.add(banner, changeButton(changed));
        return account;
    }

    /** An icon with a tooltip: the header also holds the bell, the language, the user's name and sign-out. */
    private Button changeButton(Runnable changed) {
        Button change = new Button(VaadinIcon.KEY.create(), click -> new ChangePasswordDialog(users, changed).open());
        change.setId("change-password");
        change.setAriaLabel(change.getTranslation("account.change-password"));
        change.setTooltipText(change.getTranslation("account.change-password"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return change;
    }

    /** After the notification bell, before the language switch and the user's name. */
    @Override
    public int order() {
        return -50;
    }
}
