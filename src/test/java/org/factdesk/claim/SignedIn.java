package org.factdesk.claim;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps the signed-in user the same for method security (the application's {@link SecurityContextHolderStrategy}
 * bean) and for code reading {@link SecurityContextHolder} directly, such as {@code CurrentUser}. They are one and
 * the same in the application, but not once another Spring context in the same test JVM (a {@code *IT} on a random
 * port) has installed its own global strategy. Also signs demo users in and out inside a test.
 */
public final class SignedIn implements BeforeEachCallback, AfterEachCallback {

    private static SecurityContextHolderStrategy application = SecurityContextHolder.getContextHolderStrategy();

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        application = spring.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        // @WithUserDetails has signed the user in for method security; let everything else see the same user.
        SecurityContextHolder.setContext(application.getContext());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        out();
    }

    public static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(),
                user.getAuthorities()));
        application.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    /** A colleague acts; then whoever was signed in before is signed in again. */
    public static void by(UserDetailsService users, String colleague, Runnable action) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        as(users, colleague);
        try {
            action.run();
        } finally {
            as(users, me);
        }
    }

    public static void out() {
        application.clearContext();
        SecurityContextHolder.clearContext();
    }
}
