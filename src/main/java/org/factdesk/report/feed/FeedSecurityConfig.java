package org.factdesk.report.feed;

import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The security of {@code /api/**}, apart from the application's: no session, no cookie, no CSRF token, no sign-in
 * page to be redirected to, only an API token per request. It comes before the Vaadin chain, which matches every
 * request and so must come last. It lives here rather than in {@code security}, which must not know the feed.
 */
@Configuration
class FeedSecurityConfig {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiFeedService feed,
                                               ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        // The strategy method security reads (Vaadin's), so that the token's user is the one services see.
        SecurityContextHolderStrategy contexts =
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        AuthenticationEntryPoint unauthorized = (request, response, refusal) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"factdesk\"");
            FeedErrors.send(response, HttpServletResponse.SC_UNAUTHORIZED, FeedErrors.NEEDS_TOKEN);
        };
        AccessDeniedHandler forbidden = (request, response, refusal) ->
                FeedErrors.send(response, HttpServletResponse.SC_FORBIDDEN, "This token may not do that");
        return http.securityMatcher(API)
                .headers(SecurityHeaders.everywhere())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(AppRoles.VIEWER))
                .addFilterBefore(new FeedSwitchFilter(feed), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(feed, contexts, unauthorized), BasicAuthenticationFilter.class)
                .build();
    }
}
