package org.factdesk.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * The accounts' part of the sign-in filter chain that {@link SecurityConfig} builds: a changed account's sessions
 * end at their next request ({@link SessionStampFilter}), and sign-in attempts are throttled
 * ({@link SignInThrottleFilter}).
 */
@Component
class AccountSecurity {

    private final UserRepository users;
    private final SignInThrottle throttle;
    private final ClientAddress addresses;
    private final SecurityContextHolderStrategy contexts;

    AccountSecurity(UserRepository users, SignInThrottle throttle, ClientAddress addresses,
                    ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.throttle = throttle;
        this.addresses = addresses;
        this.contexts = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
    }

    void addTo(HttpSecurity http) {
        http.addFilterBefore(new SessionStampFilter(users, contexts), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle, addresses, contexts),
                UsernamePasswordAuthenticationFilter.class);
    }
}
