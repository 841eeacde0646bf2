package org.factdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed sign-in: the username as typed (normalised) and the client's address. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @SuppressWarnings("NullAway.Init")
    protected SignInFailure() {
    }

    SignInFailure(String username, String address, Instant failedAt) {
        this.username = username;
        this.address = address;
        this.failedAt = failedAt;
    }
}
