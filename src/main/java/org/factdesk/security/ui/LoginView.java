package org.factdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.base.LanguageCookie;
import org.factdesk.base.Translations;
import org.factdesk.security.LastUsername;
import org.factdesk.security.SignOutNotice;

/** The sign-in page. A failed sign-in says only that the username or password is wrong, never which. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("fd-login");
        // The sign-in page has no layout: it is itself the page's main landmark.
        getElement().setAttribute("role", "main");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        nameRevealButton();
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("fd-tagline");
        add(title, tagline, form, languages());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    /**
     * The login form makes its password field in the browser, where Flow cannot reach it; its button that shows the
     * password would otherwise be named "Show password" on the French page too. The name is a parameter of the script.
     */
    private void nameRevealButton() {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const password = this.querySelector('vaadin-password-field');
                  if (password) password.i18n = { ...password.i18n, reveal: $0 };
                });""", getTranslation("password.reveal"));
    }

    private HorizontalLayout languages() {
        HorizontalLayout languages = new HorizontalLayout();
        for (Locale locale : Translations.LOCALES) {
            Button button = new Button(getTranslation("language." + locale.getLanguage()), click -> {
                LanguageCookie.choose(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            button.setId("login-language-" + locale.getLanguage());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            languages.add(button);
        }
        return languages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        // Accounts: a throttled sign-in, or a session an administrator's change ended, says why.
        event.getLocation().getQueryParameters().getSingleParameter("locked").map(LoginView::minutes)
                .ifPresent(minutes -> explain("login.locked.title", getTranslation(
                        minutes == 1 ? "login.locked.message-one" : "login.locked.message", minutes)));
        Optional.ofNullable(VaadinSession.getCurrent()).flatMap(session -> SignOutNotice.read(session.getSession()))
                .ifPresent(reason -> explain("login.signed-out.title", getTranslation(reason)));
        Optional.ofNullable(VaadinSession.getCurrent()).flatMap(session -> LastUsername.read(session.getSession()))
                .ifPresent(this::offerUsername);
    }

    /**
     * After a failed sign-in the username stays typed and the password field has the focus. The username travels as
     * a parameter of the script, never as part of its text.
     */
    private void offerUsername(String username) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const name = this.querySelector('vaadin-text-field[name="username"]');
                  const password = this.querySelector('vaadin-password-field');
                  // The username field takes the focus in the next animation frame (it is the form's autofocus).
                  if (name && !name.value) {
                    name.value = $0;
                    if (password) requestAnimationFrame(() => password.focus());
                  }
                });""", username);
    }

    private void explain(String titleKey, String message) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    private static long minutes(String value) {
        try {
            return Math.clamp(Long.parseLong(value), 1, 24 * 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
