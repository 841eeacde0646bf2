package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class FriendlyErrorsTest {

    @Test
    void a_lost_race_between_two_saves_is_reported_as_stale_even_when_wrapped() {
        assertThat(FriendlyErrors.keyFor(new RuntimeException(new ObjectOptimisticLockingFailureException("Claim", 1L))))
                .isEqualTo("error.stale");
        assertThat(FriendlyErrors.keyFor(new OptimisticLockException())).isEqualTo("error.stale");
    }

    @Test
    void a_refused_action_keeps_its_own_message_and_a_denied_one_says_so() {
        assertThat(FriendlyErrors.keyFor(new IllegalStateException(new RefusedException(null, "claim.error.gone"))))
                .isEqualTo("claim.error.gone");
        assertThat(FriendlyErrors.keyFor(new AccessDeniedException("no"))).isEqualTo("error.denied");
    }

    @Test
    void anything_else_gets_the_unexpected_error_message() {
        assertThat(FriendlyErrors.keyFor(new NullPointerException())).isEqualTo("error.unexpected");
    }
}
