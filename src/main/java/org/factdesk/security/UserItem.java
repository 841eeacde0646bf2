package org.factdesk.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the users list: {@code version} is what an edit names, {@code lockedUntil} the end of a sign-in lock
 * that too many failed sign-ins set (null when the user may sign in).
 */
public record UserItem(long id, long version, String username, String displayName, @Nullable String email,
                       Set<Role> roles, boolean enabled, @Nullable String preferredLanguage,
                       @Nullable Instant lockedUntil) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
