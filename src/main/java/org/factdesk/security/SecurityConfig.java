package org.factdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.factdesk.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Form sign-in through the Vaadin login view, and method security on every service. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, AccountSecurity accounts,
                                            VaadinDefaultRequestCache requestCache) throws Exception {
        // After sign-in the page asked for opens at its own address, without Spring's "?continue" marker.
        HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(savedRequests);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/styles.css").permitAll());
        hardened(http, vaadinRequests);
        accounts.addTo(http); // sessions of changed accounts end; sign-ins are throttled
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // A signed-in user at an unknown address gets the app's not-found page, not a bare 403.
                .anyRequest(any -> any.authenticated())
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * HTTP hardening (docs/decisions/011-http-hardening.md): the headers of {@link SecurityHeaders}, and CSRF on the
     * sign-in POST. Vaadin's own CSRF configuration exempts the login URL, so a cross-site form could sign a victim
     * into the attacker's account; it is turned off above and replaced here by Spring's CSRF protection on
     * everything except Vaadin's internal requests, which carry Vaadin's own CSRF token. The login form sends
     * Spring's token, which Vaadin writes into the page's {@code _csrf} meta tags. A response that makes itself
     * cacheable (the bundle's files) loses Spring's HTTP/1.0 no-cache headers ({@link OwnCachingFilter}).
     */
    private static void hardened(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.headers(SecurityHeaders.everywhere());
        http.addFilterAfter(new OwnCachingFilter(), HeaderWriterFilter.class);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    }

    /** BCrypt today; the {id} prefix lets a stronger algorithm take over without resetting every password. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
