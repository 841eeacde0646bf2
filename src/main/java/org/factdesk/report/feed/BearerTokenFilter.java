package org.factdesk.report.feed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with the API token of its {@code Authorization: Bearer} header, for this request only. A request
 * without one goes on unauthenticated, and the chain's authorization turns it away; a wrong or revoked token is
 * turned away here.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "bearer ";

    private final ApiFeedService feed;
    private final SecurityContextHolderStrategy contexts;
    private final AuthenticationEntryPoint unauthorized;

    BearerTokenFilter(ApiFeedService feed, SecurityContextHolderStrategy contexts,
                      AuthenticationEntryPoint unauthorized) {
        this.feed = feed;
        this.contexts = contexts;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = token(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token.isPresent()) {
            Optional<String> name = feed.authenticate(token.get());
            if (name.isEmpty()) {
                unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked token"));
                return;
            }
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(new ApiTokenAuthentication(name.get()));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** The token of a Bearer header (the scheme's case does not matter); empty for no header or another scheme. */
    static Optional<String> token(@Nullable String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
