package org.factdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps the sign-in form's POST: a locked username or address is sent back to the sign-in page with the minutes
 * left, before any password is checked; otherwise the attempt goes on and its outcome is counted
 * ({@link SignInThrottle}).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private final SignInThrottle throttle;
    private final ClientAddress addresses;
    private final SecurityContextHolderStrategy contexts;

    SignInThrottleFilter(SignInThrottle throttle, ClientAddress addresses, SecurityContextHolderStrategy contexts) {
        this.throttle = throttle;
        this.addresses = addresses;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = SignInThrottle.normalise(Objects.toString(request.getParameter("username"), ""));
        String address = addresses.of(request);
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            LastUsername.remember(request);
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
            return;
        }
        chain.doFilter(request, response);
        try {
            if (signedInAs(username)) {
                throttle.succeeded(username);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(SignOutNotice.ATTRIBUTE);
                    session.removeAttribute(LastUsername.ATTRIBUTE);
                }
            } else {
                LastUsername.remember(request);
                throttle.failed(username, address);
            }
        } catch (RuntimeException e) {
            // Another node locked the same subject at the same moment: its lock stands, this count may be lost.
            LOG.warn("Could not record the outcome of a sign-in attempt", e);
        }
    }

    private boolean signedInAs(String username) {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && username.equals(authentication.getName());
    }
}
