package org.factdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that tests move forward by hand, so that locks expire without waiting. */
public final class MutableClock extends Clock {

    /** Where the tests' clocks start. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /**
     * The application's clock, moved by hand: one configuration for every test that needs it, so that they share one
     * cached application context. Each sets the clock where it wants it before it begins.
     */
    @TestConfiguration
    public static class InTests {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }
    }

    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
