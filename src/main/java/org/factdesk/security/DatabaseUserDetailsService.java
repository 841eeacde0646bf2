package org.factdesk.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in against the database; a disabled user is refused like a wrong password. The principal carries the
 * account's session stamp, so that a later change by an administrator ends the session.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                AuthorityUtils.createAuthorityList(user.getRoles().stream().map(Role::authority).toList()),
                user.getSessionStamp());
    }
}
