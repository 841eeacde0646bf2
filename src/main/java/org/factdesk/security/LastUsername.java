package org.factdesk.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The username of a sign-in that failed (or was throttled), kept in the session so that the sign-in page offers it
 * again and only the password needs typing anew. Cleared by a successful sign-in.
 */
public final class LastUsername {

    /** The session attribute that holds it. */
    static final String ATTRIBUTE = LastUsername.class.getName();

    private LastUsername() {
    }

    /** Remembers what was typed as the username, at most a username's length, without control characters. */
    static void remember(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed == null || typed.isBlank()) {
            return;
        }
        // The sign-in page made the session; after the response is sent none may be created.
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String kept = typed.strip().replaceAll("\\p{Cntrl}", "");
        session.setAttribute(ATTRIBUTE,
                kept.length() > UserData.USERNAME_MAX ? kept.substring(0, UserData.USERNAME_MAX) : kept);
    }

    /** The username of the last failed sign-in in this session, if any. */
    public static Optional<String> read(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof String username ? Optional.of(username) : Optional.empty();
    }
}
