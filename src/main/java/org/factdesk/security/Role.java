package org.factdesk.security;

/** A user's role, as stored in the database; see {@link AppRoles} for what each may do. */
public enum Role {
    ADMIN, EDITOR, CHECKER, VIEWER;

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
