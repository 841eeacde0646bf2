package org.factdesk.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Remembers the language chosen in this browser, so the sign-in page after signing out still speaks it. A signed-in
 * user's saved preference wins over it.
 */
public final class LanguageCookie {

    static final String NAME = "factdesk-language";

    private LanguageCookie() {
    }

    /** Switches this browser's session to the language and remembers it in the cookie. */
    public static void choose(Locale locale) {
        Locale supported = Translations.supported(locale);
        VaadinSession.getCurrent().setLocale(supported);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(NAME, supported.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
    }

    static Optional<Locale> read(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName())).findFirst()
                .map(cookie -> Translations.supported(Locale.forLanguageTag(cookie.getValue())));
    }
}
