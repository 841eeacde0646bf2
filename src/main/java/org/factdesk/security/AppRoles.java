package org.factdesk.security;

/**
 * The four roles and the method-security expressions built from them, as compile-time constants usable in
 * {@code @RolesAllowed} and {@code @PreAuthorize}. Rights add up: a user may hold several roles.
 */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String CHECKER = "CHECKER";
    public static final String VIEWER = "VIEWER";

    /** Any signed-in user holding at least one role: reading articles, claims and reports. */
    public static final String CAN_READ = "hasAnyRole('ADMIN', 'EDITOR', 'CHECKER', 'VIEWER')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_EDITOR = "hasRole('EDITOR')";
    /** Research a claim (sources, verdict): editors on any claim, fact-checkers on their own. */
    public static final String CAN_RESEARCH = "hasAnyRole('EDITOR','CHECKER')";
    /** Editors and fact-checkers discuss a claim in its comment thread. */
    public static final String CAN_COMMENT = "hasAnyRole('EDITOR', 'CHECKER')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    private AppRoles() {
    }
}
