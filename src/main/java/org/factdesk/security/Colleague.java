package org.factdesk.security;

/** An enabled user as pickers show them: the username to store, the display name to show. */
public record Colleague(String username, String displayName) {
}
