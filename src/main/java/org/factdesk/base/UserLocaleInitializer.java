package org.factdesk.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Opens every new browser tab in the language the signed-in user chose, or in the browser's language. */
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
                    .orElseGet(() -> init.getUI().getLocale());
            Locale supported = Translations.supported(locale);
            VaadinSession.getCurrent().setLocale(supported);
            init.getUI().setLocale(supported);
        });
    }
}
