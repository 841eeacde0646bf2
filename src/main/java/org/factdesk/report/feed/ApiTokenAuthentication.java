package org.factdesk.report.feed;

import java.util.List;
import org.factdesk.security.AppRoles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed with a valid API token. It reads like a reader: the only role is VIEWER, which is what the
 * services' CAN_READ asks for, and it can change nothing. Its name, {@code api:<token name>}, tells it apart from
 * every user in logs and histories (usernames have no colon).
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    static final String PREFIX = "api:";

    private final String name;

    ApiTokenAuthentication(String tokenName) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.VIEWER)));
        this.name = PREFIX + tokenName;
        setAuthenticated(true);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    /** The token's text is not kept once it has been checked. */
    @Override
    public Object getCredentials() {
        return "";
    }
}
