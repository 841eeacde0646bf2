package org.factdesk.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request runs, for services that record who did what. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The signed-in username; method security guarantees one on every service that calls this. */
    public String require() {
        return username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
