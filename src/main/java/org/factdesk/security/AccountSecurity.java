package org.factdesk.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The accounts' part of the filter chain that {@link SecurityConfig} builds (Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to it): a changed account's sessions end at their next request, and sign-in
 * attempts are throttled.
 */
@Configuration
class AccountSecurity {

    @Bean
    Customizer<HttpSecurity> accountFilters(UserRepository users, SignInThrottle throttle, ClientAddress addresses,
                                            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return http -> {
            SecurityContextHolderStrategy contexts =
                    strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
            http.addFilterBefore(new SessionStampFilter(users, contexts), AnonymousAuthenticationFilter.class);
            http.addFilterBefore(new SignInThrottleFilter(throttle, addresses, contexts),
                    UsernamePasswordAuthenticationFilter.class);
        };
    }
}
