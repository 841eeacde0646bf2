package org.factdesk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/** A person who signs in to FactDesk. The password is kept only as a hash. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Moves on whenever the user's open sessions must end: disabled, roles changed, password changed. */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    /** Whether the password is still the demo one; null until checked after an upgrade ({@link DemoUsers}). */
    @Column(name = "demo_password")
    private @Nullable Boolean demoPassword = false;

    // SUBSELECT: a list of users reads all their roles in one statement, not one per user (issue 15).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected AppUser() {
    }

    AppUser(String username, String displayName, @Nullable String email, String passwordHash, Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    long getSessionStamp() {
        return sessionStamp;
    }

    long getVersion() {
        return version;
    }

    @Nullable Boolean getDemoPassword() {
        return demoPassword;
    }

    /** A change of roles ends the user's open sessions: they sign in again and hold exactly the new roles. */
    void update(String displayName, @Nullable String email, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
            sessionStamp++;
        }
    }

    void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            sessionStamp++;
        }
        this.enabled = enabled;
    }

    /** A new password ends every session signed in with the old one; it is no longer the demo password. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.demoPassword = false;
        sessionStamp++;
    }

    void markDemoPassword(boolean demo) {
        this.demoPassword = demo;
    }

    void setPreferredLanguage(@Nullable String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
