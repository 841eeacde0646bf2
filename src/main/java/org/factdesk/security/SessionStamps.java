package org.factdesk.security;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Keeps the current session signed in after a change that ends the account's other sessions. */
final class SessionStamps {

    private SessionStamps() {
    }

    /** The session now carries {@code stamp}, so {@link SessionStampFilter} lets its next requests through. */
    static void keepCurrentSession(long stamp) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                user.withStamp(stamp), null, authentication.getAuthorities());
        renewed.setDetails(authentication.getDetails());
        context.setAuthentication(renewed);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            // The context the HTTP session keeps for the next requests (the same object in practice; made sure).
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context);
        }
    }
}
