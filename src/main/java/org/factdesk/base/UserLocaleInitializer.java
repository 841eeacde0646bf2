package org.factdesk.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Opens every new browser tab in the language the signed-in user chose, else the one last chosen in this browser,
 * else the browser's own.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final UserProfiles profiles;

    UserLocaleInitializer(AuthenticationContext authentication, UserProfiles profiles) {
        this.authentication = authentication;
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = authentication.getPrincipalName()
                    .flatMap(profiles::preferredLocale)
                    .or(() -> Optional.ofNullable(VaadinRequest.getCurrent()).flatMap(LanguageCookie::read))
                    .orElseGet(() -> init.getUI().getLocale());
            Locale supported = Translations.supported(locale);
            VaadinSession.getCurrent().setLocale(supported);
            init.getUI().setLocale(supported);
        });
    }
}
