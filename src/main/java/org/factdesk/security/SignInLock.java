package org.factdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A username or a client address that may not try to sign in before {@code lockedUntil}. The row outlives the lock:
 * its strikes make the next lock twice as long, until a successful sign-in or an administrator's unlock removes it.
 */
@Entity
@Table(name = "sign_in_lock")
class SignInLock {

    static final String USER = "user:";
    static final String ADDRESS = "address:";

    @Id
    private String subject;

    @Version
    private long version;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    @Column(nullable = false)
    private int strikes;

    @SuppressWarnings("NullAway.Init")
    protected SignInLock() {
    }

    SignInLock(String subject, Instant lockedUntil) {
        this.subject = subject;
        this.lockedUntil = lockedUntil;
        this.strikes = 1;
    }

    String getSubject() {
        return subject;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    int getStrikes() {
        return strikes;
    }

    void lockAgain(Instant until, int strikes) {
        this.lockedUntil = until;
        this.strikes = strikes;
    }
}
