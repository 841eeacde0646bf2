package org.factdesk.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: Spring Security's user plus the account's session stamp at sign-in, which
 * {@link SessionStampFilter} compares with the database's on every request.
 */
final class SignedInUser extends User {

    private final long stamp;

    SignedInUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                 long stamp) {
        super(username, password, enabled, true, true, true, authorities);
        this.stamp = stamp;
    }

    long stamp() {
        return stamp;
    }

    /** The same user after a change that did not end this session (their own new password). */
    SignedInUser withStamp(long newStamp) {
        return new SignedInUser(getUsername(), "", isEnabled(), getAuthorities(), newStamp);
    }
}
