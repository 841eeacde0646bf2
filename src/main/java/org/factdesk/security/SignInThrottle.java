package org.factdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling (ASVS 5.0 V6.3): after {@value #MAX_USERNAME_FAILURES} failures for one username or
 * {@value #MAX_ADDRESS_FAILURES} from one address within {@link #WINDOW}, that username or address is refused at
 * once, without checking the password, for {@link #FIRST_LOCK}; each further lock in a row lasts twice as long, up to
 * {@link #LONGEST_LOCK}. Attempts and locks live in the database, so every node refuses alike. Nothing sleeps.
 */
@Component
class SignInThrottle {

    static final int MAX_USERNAME_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);
    /** Failures are kept this long; a lock that ended longer ago than this no longer makes the next one longer. */
    static final Duration MEMORY = Duration.ofDays(1);

    private final SignInFailureRepository failures;
    private final SignInLockRepository locks;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, SignInLockRepository locks, Clock clock) {
        this.failures = failures;
        this.locks = locks;
        this.clock = clock;
    }

    /** The username as the sign-in compares it, cut to the column's length (no real username is longer). */
    static String normalise(String username) {
        String normal = username.strip().toLowerCase(Locale.ROOT);
        return normal.length() > UserData.USERNAME_MAX ? normal.substring(0, UserData.USERNAME_MAX) : normal;
    }

    /** How long this username or address must still wait; empty if it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(SignInLock.USER + username, SignInLock.ADDRESS + address)
                .map(locks::findById).flatMap(Optional::stream)
                .map(lock -> Duration.between(now, lock.getLockedUntil()))
                .filter(Duration::isPositive).max(Duration::compareTo);
    }

    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.deleteOlderThan(now.minus(MEMORY));
        failures.save(new SignInFailure(username, address, now));
        lockIfTooMany(SignInLock.USER + username, MAX_USERNAME_FAILURES,
                since -> failures.countForUsernameSince(username, since), now);
        lockIfTooMany(SignInLock.ADDRESS + address, MAX_ADDRESS_FAILURES,
                since -> failures.countForAddressSince(address, since), now);
    }

    /** A right password ends the username's run of failures; the address's failures stay counted. */
    @Transactional
    public void succeeded(String username) {
        unlock(username);
    }

    /** The usernames locked now, with the end of their lock. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUsers() {
        Map<String, Instant> locked = new LinkedHashMap<>();
        locks.findLockedUsers(clock.instant()).forEach(lock ->
                locked.put(lock.getSubject().substring(SignInLock.USER.length()), lock.getLockedUntil()));
        return locked;
    }

    @Transactional
    public void unlock(String username) {
        locks.deleteById(SignInLock.USER + username);
        failures.deleteForUsername(username);
    }

    private void lockIfTooMany(String subject, int max, Function<Instant, Long> failuresSince, Instant now) {
        Optional<SignInLock> previous = locks.findById(subject);
        Instant since = now.minus(WINDOW);
        // Failures before the end of the last lock were paid for by that lock (none can fall inside it).
        if (previous.isPresent() && previous.get().getLockedUntil().isAfter(since)) {
            since = previous.get().getLockedUntil();
        }
        if (failuresSince.apply(since) < max) {
            return;
        }
        boolean forgotten = previous.isEmpty() || previous.get().getLockedUntil().isBefore(now.minus(MEMORY));
        int strikes = forgotten ? 1 : previous.get().getStrikes() + 1;
        Instant until = now.plus(lockDuration(strikes));
        if (previous.isPresent()) {
            previous.get().lockAgain(until, strikes);
        } else {
            locks.save(new SignInLock(subject, until));
        }
    }

    static Duration lockDuration(int strikes) {
        Duration doubled = FIRST_LOCK.multipliedBy(1L << Math.min(strikes - 1, 16));
        return doubled.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : doubled;
    }
}
