package org.factdesk.claim;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in on the current thread, for tests that switch users inside one test. */
final class SignedIn {

    private SignedIn() {
    }

    static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static void out() {
        SecurityContextHolder.clearContext();
    }
}
