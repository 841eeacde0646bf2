package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.factdesk.Violations;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's own password: the rules for a new one, the demo-password banner, and which sessions a change ends. */
@SpringBootTest
@Transactional
class OwnPasswordTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    private Authentication signIn(String username, String password) {
        return Accounts.signIn(context, username, password);
    }

    private long stampInDatabase(String username) {
        return ((SignedInUser) userDetails.loadUserByUsername(username)).stamp();
    }

    private static long stampOfThisSession() {
        return ((SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).stamp();
    }

    @Test
    @WithUserDetails("viewer")
    void a_user_changes_their_own_password_with_the_current_one() {
        users.changeOwnPassword("viewer-demo", "a-brand-new-secret-9");

        assertThat(signIn("viewer", "a-brand-new-secret-9").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("viewer", "viewer-demo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_wrong_current_password_is_refused_on_its_field_and_changes_nothing() {
        RefusedException refused = catchThrowableOfType(RefusedException.class,
                () -> users.changeOwnPassword("not-my-password", "a-brand-new-secret-9"));

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo("currentPassword");
        assertThat(refused.key()).isEqualTo("user.error.current-password");
        assertThat(signIn("viewer", "viewer-demo").isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void a_short_or_common_new_password_is_refused() {
        assertThat(Violations.of(() -> users.changeOwnPassword("viewer-demo", "short-one")))
                .containsExactly("newPassword: user.error.password-length");
        assertThat(Violations.of(() -> users.changeOwnPassword("viewer-demo", "Password1234")))
                .containsExactly("newPassword: user.error.password-common");
        assertThat(Violations.of(() -> users.changeOwnPassword("viewer-demo", " QWERTYUIOP123 ")))
                .as("whatever its case and spaces").containsExactly("newPassword: user.error.password-common");
        assertThat(signIn("viewer", "viewer-demo").isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_resetting_or_creating_a_password_meets_the_same_rules() {
        long id = users.list().stream().filter(user -> user.username().equals("editor")).findFirst().orElseThrow()
                .id();

        assertThat(Violations.of(() -> users.resetPassword(id, "iloveyou1234")))
                .containsExactly("password: user.error.password-common");
        assertThat(Violations.of(() -> users.resetPassword(id, "eleven-char")))
                .containsExactly("password: user.error.password-length");
        assertThat(Violations.of(() -> users.create(new NewUserData("jane", "Jane", null, "letmein12345",
                Set.of(Role.VIEWER))))).containsExactly("password: user.error.password-common");
    }

    @Test
    @WithUserDetails("checker")
    void the_demo_password_shows_the_banner_until_it_is_changed() {
        assertThat(users.hasDemoPassword()).isTrue();

        users.changeOwnPassword("checker-demo", "checker-own-secret-7");

        assertThat(users.hasDemoPassword()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_user_created_by_an_administrator_has_no_demo_password() {
        users.create(new NewUserData("jane", "Jane", null, "correct-horse", Set.of(Role.VIEWER)));

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                userDetails.loadUserByUsername("jane"), null, userDetails.loadUserByUsername("jane")
                        .getAuthorities()));
        assertThat(users.hasDemoPassword()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() {
        long before = stampInDatabase("editor");
        assertThat(stampOfThisSession()).isEqualTo(before);

        users.changeOwnPassword("editor-demo", "editor-own-secret-7");

        assertThat(stampInDatabase("editor")).as("other sessions hold the old stamp").isGreaterThan(before);
        assertThat(stampOfThisSession()).as("this one follows").isEqualTo(stampInDatabase("editor"));
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_may_change_a_password() {
        assertThatThrownBy(() -> users.changeOwnPassword("x", "a-brand-new-secret-9"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.hasDemoPassword()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_stamp_moves_on_with_roles_disabling_and_a_reset_but_not_with_a_name() {
        UserItem checker = users.list().stream().filter(user -> user.username().equals("checker")).findFirst()
                .orElseThrow();
        long start = stampInDatabase("checker");

        users.update(checker.id(), checker.version(), new UserData("Chloé C.", null, checker.roles()));
        assertThat(stampInDatabase("checker")).isEqualTo(start);

        users.update(checker.id(), checker.version() + 1, new UserData("Chloé C.", null, Set.of(Role.EDITOR)));
        assertThat(stampInDatabase("checker")).isEqualTo(start + 1);

        users.setEnabled(checker.id(), false);
        users.setEnabled(checker.id(), true);
        assertThat(stampInDatabase("checker")).isEqualTo(start + 2);

        users.resetPassword(checker.id(), "checker-reset-secret");
        assertThat(stampInDatabase("checker")).isEqualTo(start + 3);
    }
}
