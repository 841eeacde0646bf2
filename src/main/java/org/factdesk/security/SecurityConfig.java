package org.factdesk.security;

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

/** Form sign-in through the Vaadin login view, and method security on every service. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSecurity accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/styles.css").permitAll());
        accounts.addTo(http); // sessions of changed accounts end; sign-ins are throttled
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** BCrypt today; the {id} prefix lets a stronger algorithm take over without resetting every password. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
