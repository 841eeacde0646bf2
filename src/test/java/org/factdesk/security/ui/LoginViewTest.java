package org.factdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import org.factdesk.base.ui.NotFoundView;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@ViewPackages(packages = "org.factdesk")
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    /** The browserless mock under Vaadin's servlet request or response wrappers. */
    private static <T> T unwrap(Object wrapped, Class<T> type) {
        Object current = wrapped;
        while (!type.isInstance(current)) {
            current = current instanceof ServletRequestWrapper request ? request.getRequest()
                    : ((ServletResponseWrapper) current).getResponse();
        }
        return type.cast(current);
    }

    /** The texts the form was given, as the JSON the browser receives. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "articles", "articles/import", "articles/1", "articles/abc", "admin/users",
            "admin/settings", "admin/ratings", "tasks", "claims", "dashboard"})
    void an_anonymous_visitor_lands_on_the_login_view_for_any_route(String route) {
        UI.getCurrent().navigate(route);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_login_form_is_translated_and_shows_no_error_at_first() {
        navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("\"title\":\"Sign in\"", "\"username\":\"Username\"");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void after_a_failed_sign_in_the_form_shows_the_error_without_saying_which_field_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"Sign-in failed\"",
                "\"message\":\"The username or password is incorrect, or the account is disabled.");
    }

    @Test
    void the_french_button_sets_a_language_cookie_and_the_reloaded_page_speaks_french() {
        navigate(LoginView.class);
        Button french = $(Button.class).id("login-language-fr");
        assertThat(french.getText()).isEqualTo("Français");

        test(french).click();

        Cookie cookie = unwrap(VaadinServletResponse.getCurrent().getHttpServletResponse(), MockResponse.class)
                .findCookie("factdesk-language");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("fr");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");

        // The browser sends the cookie back with the reload the button asked for.
        unwrap(VaadinServletRequest.getCurrent().getHttpServletRequest(), MockRequest.class)
                .setCookiesInt(new Cookie[] {cookie});
        UI.getCurrent().getPage().reload();
        navigate(LoginView.class);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(i18n($(LoginForm.class).single())).contains("\"title\":\"Connexion\"")
                .doesNotContain("\"title\":\"Sign in\"");
    }

    @Test
    void an_unknown_address_shows_the_translated_not_found_page_and_no_user_details() {
        UI.getCurrent().navigate("no/such/page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Page not found");
        assertThat($(Span.class).withId("current-user").exists()).isFalse();
        assertThat($(Button.class).withId("sign-out").exists()).isFalse();
    }
}
