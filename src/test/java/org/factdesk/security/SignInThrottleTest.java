package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.stream.IntStream;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling through the application's real filter chain (MockMvc): the sign-in form's POST, answered by a
 * redirect to the sign-in page with {@code ?error} (wrong password), {@code ?locked=N} (N minutes to wait) or to the
 * application (signed in). Time moves on a test clock.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Import(MutableClock.InTests.class)
@Transactional
class SignInThrottleTest {

    private static final String HOME = "203.0.113.10";
    private static final String ELSEWHERE = "198.51.100.20";


    @Autowired
    MutableClock clock;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;

    @RegisterExtension
    final Accounts.RealFilterChain mvc = Accounts.realFilterChain();

    @BeforeEach
    void the_clock_at_its_start() {
        clock.set(MutableClock.START);
    }

    /** Where the sign-in sends the browser: "error", "locked=N" or "signed in". */
    private String signIn(String username, String password, String address) throws Exception {
        String target = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).isNotNull();
        if (target.endsWith("/login?error")) {
            return "error";
        }
        return target.contains("/login?locked=") ? target.substring(target.indexOf("locked=")) : "signed in";
    }

    private void fail(String username, int times, String address) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, "wrong-" + i, address)).isEqualTo("error");
        }
    }

    private UserItem user(String username) {
        SignedIn.as(userDetails, "admin");
        try {
            return users.list().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void sixty_wrong_passwords_lock_the_username_so_the_right_one_is_refused_until_the_lock_ends() throws Exception {
        var outcomes = IntStream.range(0, 60).mapToObj(i -> {
            try {
                return signIn("editor", "guess-" + i, HOME);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        assertThat(outcomes.subList(0, 5)).containsOnly("error");
        assertThat(outcomes.subList(5, 60)).containsOnly("locked=15");
        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("locked=15");
        assertThat(signIn("editor", "editor-demo", ELSEWHERE)).as("from anywhere").isEqualTo("locked=15");

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("locked=1");

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("signed in");
    }

    @Test
    void each_further_lock_in_a_row_lasts_twice_as_long() throws Exception {
        fail("checker", 5, HOME);
        assertThat(signIn("checker", "checker-demo", HOME)).isEqualTo("locked=15");

        clock.advance(Duration.ofMinutes(15));
        fail("checker", 5, HOME);
        assertThat(signIn("checker", "checker-demo", HOME)).isEqualTo("locked=30");

        clock.advance(Duration.ofMinutes(30));
        fail("checker", 5, HOME);
        assertThat(signIn("checker", "checker-demo", HOME)).isEqualTo("locked=60");
    }

    @Test
    void four_failures_do_not_lock_and_failures_older_than_fifteen_minutes_no_longer_count() throws Exception {
        fail("viewer", 4, HOME);
        clock.advance(Duration.ofMinutes(16));
        fail("viewer", 4, HOME);

        assertThat(signIn("viewer", "viewer-demo", HOME)).isEqualTo("signed in");
    }

    @Test
    void a_right_password_ends_the_run_of_failures() throws Exception {
        fail("viewer", 4, HOME);
        assertThat(signIn("viewer", "viewer-demo", HOME)).isEqualTo("signed in");

        fail("viewer", 4, HOME);

        assertThat(signIn("viewer", "viewer-demo", HOME)).isEqualTo("signed in");
    }

    @Test
    void the_username_is_counted_as_signing_in_reads_it_whatever_its_case_and_spaces() throws Exception {
        fail("Editor", 2, HOME);
        fail(" editor ", 2, HOME);
        fail("EDITOR", 1, HOME);

        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("locked=15");
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_username() throws Exception {
        for (String name : new String[] {"ann", "bob", "cid", "dee", "eve"}) {
            fail(name, 4, HOME);
        }

        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("locked=15");
        assertThat(signIn("editor", "editor-demo", ELSEWHERE)).as("another address").isEqualTo("signed in");
    }

    @Test
    void a_forwarded_for_header_is_ignored_without_a_trusted_proxy() throws Exception {
        for (int i = 0; i < 20; i++) {
            int spoofed = i;
            String target = mvc.perform(post("/login").param("username", "user" + i).param("password", "x")
                    .header("X-Forwarded-For", "192.0.2." + spoofed).with(request -> {
                        request.setRemoteAddr(HOME);
                        return request;
                    }).with(csrf())).andReturn().getResponse().getRedirectedUrl();
            assertThat(target).endsWith("/login?error");
        }

        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("locked=15");
    }

    @Test
    void an_admin_sees_the_locked_user_and_unlocks_them() throws Exception {
        fail("editor", 5, HOME);

        UserItem locked = user("editor");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(user("checker").locked()).isFalse();

        SignedIn.as(userDetails, "admin");
        users.unlock(locked.id());
        SignedIn.out();

        assertThat(user("editor").locked()).isFalse();
        assertThat(signIn("editor", "editor-demo", HOME)).isEqualTo("signed in");
    }

    @Test
    void a_lock_that_ended_shows_no_more_on_the_users_page() throws Exception {
        fail("editor", 5, HOME);
        clock.advance(Duration.ofMinutes(15));

        assertThat(user("editor").locked()).isFalse();
    }
}
