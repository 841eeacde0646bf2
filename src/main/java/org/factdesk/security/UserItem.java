package org.factdesk.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One row of the users list. */
public record UserItem(long id, String username, String displayName, @Nullable String email, Set<Role> roles,
                       boolean enabled, @Nullable String preferredLanguage) {
}
