package org.factdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request, page or Vaadin round trip alike, once an administrator disabled the account,
 * changed its roles or reset its password: the stamp in the database no longer matches the one the session signed
 * in with. The request goes on unauthenticated, so a page leads to the sign-in page and a Vaadin round trip finds
 * its session expired and reloads into it; the fresh session tells the sign-in page why ({@link SignOutNotice}).
 * The check reads the database, so every node of a cluster agrees at once.
 */
final class SessionStampFilter extends OncePerRequestFilter {

    private final UserRepository users;
    private final SecurityContextHolderStrategy contexts;

    SessionStampFilter(UserRepository users, SecurityContextHolderStrategy contexts) {
        this.users = users;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Optional<Long> stamp = users.findSessionStampOfEnabled(user.getUsername());
            if (stamp.isEmpty()) {
                end(request, SignOutNotice.DISABLED);
            } else if (stamp.get() != user.stamp()) {
                end(request, SignOutNotice.CHANGED);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, String reason) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
        request.getSession(true).setAttribute(SignOutNotice.ATTRIBUTE, reason);
    }
}
