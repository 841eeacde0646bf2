package org.factdesk.security;

import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;

/**
 * Why a session was ended by a change to the account, kept in the fresh session that follows so that the sign-in
 * page can say it once: a translation key, {@link #CHANGED} or {@link #DISABLED}.
 */
public final class SignOutNotice {

    public static final String CHANGED = "login.signed-out.changed";
    public static final String DISABLED = "login.signed-out.disabled";

    /** The session attribute that holds the reason. */
    public static final String ATTRIBUTE = SignOutNotice.class.getName();

    private SignOutNotice() {
    }

    /** The reason left for this session; it stays until the next successful sign-in, for every look at the page. */
    public static Optional<String> read(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof String key ? Optional.of(key) : Optional.empty();
    }
}
