package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factdesk.Violations;
import org.factdesk.base.RefusedException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManager entityManager;

    private Authentication signIn(String username, String password) {
        return Accounts.signIn(context, username, password);
    }

    private static NewUserData newUser(String username, Role... roles) {
        return new NewUserData(username, "Jane Doe", "jane@example.org", "correct-horse", Set.of(roles));
    }

    private long versionOf(long id) {
        return users.list().stream().filter(user -> user.id() == id).findFirst().orElseThrow().version();
    }

    private UserItem user(String username) {
        return users.list().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    /** The roles among the authorities (Spring Security 7 adds factor authorities such as FACTOR_PASSWORD). */
    private static java.util.List<String> roleAuthorities(java.util.Collection<? extends GrantedAuthority> all) {
        return all.stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith("ROLE_")).toList();
    }

    private static RefusedException refusal(ThrowingCallable call) {
        RefusedException refused = catchThrowableOfType(RefusedException.class, call);
        assertThat(refused).as("the call was refused").isNotNull();
        return refused;
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void lists_of_users_read_their_roles_in_one_statement_however_many_users_there_are() {
        for (int i = 1; i <= 8; i++) {
            users.create(newUser("colleague" + i, Role.CHECKER, Role.EDITOR));
        }
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            assertThat(users.list()).hasSizeGreaterThan(8);
            long forTheList = statistics.getPrepareStatementCount();
            statistics.clear();
            assertThat(users.assignable()).extracting(Colleague::username).contains("colleague1", "colleague8");
            long forAssignable = statistics.getPrepareStatementCount();
            statistics.clear();
            assertThat(users.displayName("colleague3")).isEqualTo("Jane Doe");

            assertThat(forTheList).as("users, their roles, the sign-in locks").isLessThanOrEqualTo(3);
            assertThat(forAssignable).isEqualTo(1);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_demo_users_exist_one_per_role() {
        assertThat(users.list()).extracting(UserItem::username).contains("admin", "checker", "editor", "viewer");
        assertThat(user("checker").roles()).containsExactly(Role.CHECKER);
        assertThat(user("checker").displayName()).isEqualTo("Chloé Checker");
        assertThat(signIn("editor", "editor-demo").isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_creates_a_user_who_can_then_sign_in_with_their_roles() {
        long id = users.create(newUser("jane.doe", Role.CHECKER, Role.VIEWER));

        UserItem jane = user("jane.doe");
        assertThat(jane.id()).isEqualTo(id);
        assertThat(jane.displayName()).isEqualTo("Jane Doe");
        assertThat(jane.email()).isEqualTo("jane@example.org");
        assertThat(jane.roles()).containsExactlyInAnyOrder(Role.CHECKER, Role.VIEWER);
        assertThat(jane.enabled()).isTrue();
        assertThat(roleAuthorities(signIn("jane.doe", "correct-horse").getAuthorities()))
                .containsExactlyInAnyOrder("ROLE_CHECKER", "ROLE_VIEWER");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_password_is_stored_only_as_a_bcrypt_hash() {
        users.create(newUser("jane.doe", Role.VIEWER));

        String stored = userDetails.loadUserByUsername("jane.doe").getPassword();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("correct-horse");
        assertThat(passwordEncoder.matches("correct-horse", stored)).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void signing_in_ignores_the_case_of_the_username_but_not_of_the_password() {
        users.create(newUser("jane.doe", Role.VIEWER));

        assertThat(signIn("  Jane.Doe ", "correct-horse").getName()).isEqualTo("jane.doe");
        assertThatThrownBy(() -> signIn("jane.doe", "Correct-Horse")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_taken_username_is_refused_on_the_username_field() {
        RefusedException refused = refusal(() -> users.create(newUser("editor", Role.VIEWER)));

        assertThat(refused.field()).isEqualTo("username");
        assertThat(refused.key()).isEqualTo("user.error.username-taken");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void bad_new_user_input_is_refused_field_by_field() {
        NewUserData bad = new NewUserData("Jane Doe!", " ", "not-an-email", "short", Set.of());  

        assertThat(Violations.of(() -> users.create(bad))).containsExactly(
                "displayName: validation.required",
                "email: validation.email",
                "password: user.error.password-length",
                "roles: user.error.roles-required",
                "username: user.error.username-format");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_password_longer_than_bcrypt_reads_is_refused() {
        NewUserData tooLong = new NewUserData("jane", "Jane", null, "p".repeat(UserData.PASSWORD_MAX + 1),
                Set.of(Role.VIEWER));

        assertThat(Violations.of(() -> users.create(tooLong))).containsExactly("password: user.error.password-length");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_changes_a_users_name_email_and_roles() {
        long id = user("checker").id();

        users.update(id, versionOf(id), new UserData("Chloé C.", "", EnumSet.of(Role.CHECKER, Role.EDITOR)));

        UserItem checker = user("checker");
        assertThat(checker.displayName()).isEqualTo("Chloé C.");
        assertThat(checker.email()).isNull();
        assertThat(checker.roles()).containsExactlyInAnyOrder(Role.CHECKER, Role.EDITOR);
        assertThat(roleAuthorities(userDetails.loadUserByUsername("checker").getAuthorities()))
                .containsExactlyInAnyOrder("ROLE_CHECKER", "ROLE_EDITOR");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_user_cannot_be_left_without_roles() {
        long id = user("checker").id();

        assertThat(Violations.of(() -> users.update(id, versionOf(id), new UserData("Chloé", null, Set.of()))))
                .containsExactly("roles: user.error.roles-required");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_disabled_user_cannot_sign_in_until_enabled_again() {
        long id = user("viewer").id();

        users.setEnabled(id, false);

        assertThat(user("viewer").enabled()).isFalse();
        assertThatThrownBy(() -> signIn("viewer", "viewer-demo")).isInstanceOf(DisabledException.class);

        users.setEnabled(id, true);

        assertThat(user("viewer").enabled()).isTrue();
        assertThat(signIn("viewer", "viewer-demo").isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void after_a_password_reset_the_new_password_works_and_the_old_one_does_not() {
        long id = user("editor").id();

        users.resetPassword(id, "a-new-secret");

        assertThat(signIn("editor", "a-new-secret").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn("editor", "editor-demo")).isInstanceOf(BadCredentialsException.class);
        assertThat(userDetails.loadUserByUsername("editor").getPassword()).startsWith("{bcrypt}$2");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_too_short_new_password_is_refused() {
        long id = user("editor").id();

        assertThat(Violations.of(() -> users.resetPassword(id, "short")))
                .containsExactly("password: user.error.password-length");
        assertThat(signIn("editor", "editor-demo").isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_remove_their_own_admin_role() {
        long id = user("admin").id();

        long version = versionOf(id);
        RefusedException refused = refusal(() -> users.update(id, version, new UserData("Ada", null,
                Set.of(Role.EDITOR))));

        assertThat(refused.field()).isEqualTo("roles");
        assertThat(refused.key()).isEqualTo("user.error.own-admin-role");
        assertThat(user("admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_may_add_roles_to_themselves_while_keeping_admin() {
        long id = user("admin").id();

        users.update(id, versionOf(id), new UserData("Ada Admin", null, Set.of(Role.ADMIN, Role.EDITOR)));

        assertThat(user("admin").roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_cannot_disable_themselves() {
        long id = user("admin").id();

        RefusedException refused = refusal(() -> users.setEnabled(id, false));

        assertThat(refused.field()).isNull();
        assertThat(refused.key()).isEqualTo("user.error.disable-self");
        assertThat(user("admin").enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_may_remove_the_admin_role_of_another_admin() {
        long id = users.create(newUser("second.admin", Role.ADMIN));

        users.update(id, versionOf(id), new UserData("Second", null, Set.of(Role.VIEWER)));

        assertThat(user("second.admin").roles()).containsExactly(Role.VIEWER);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_unknown_user_id_is_refused_with_a_message() {
        assertThat(refusal(() -> users.setEnabled(999_999, true)).key()).isEqualTo("user.error.not-found");
        assertThat(refusal(() -> users.resetPassword(999_999, "long-enough-now")).key())
                .isEqualTo("user.error.not-found");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_may_not_manage_users() {
        assertNoUserManagement();
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_may_not_manage_users() {
        assertNoUserManagement();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_not_manage_users() {
        assertNoUserManagement();
    }

    private void assertNoUserManagement() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(newUser("intruder", Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.update(1, 0, new UserData("X", null, Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled(1, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1, "taken-over")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_signed_in_user_saves_their_own_language_preference() {
        assertThat(users.preferredLocale("viewer")).isEmpty();

        users.savePreferredLocale(Locale.CANADA_FRENCH);

        assertThat(users.preferredLocale("viewer")).contains(Locale.FRENCH);
        assertThat(users.preferredLocale("editor")).as("only the signed-in user's preference").isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void an_unsupported_language_preference_is_saved_as_english() {
        users.savePreferredLocale(Locale.GERMAN);

        assertThat(users.preferredLocale("viewer")).contains(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void the_display_name_is_shown_for_a_known_user_and_the_username_otherwise() {
        assertThat(users.displayName("checker")).isEqualTo("Chloé Checker");
        assertThat(users.displayName("ghost")).isEqualTo("ghost");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void colleagues_are_the_enabled_users_by_display_name() {
        users.create(new NewUserData("aaron", "Zoé Zed", null, "correct-horse", Set.of(Role.CHECKER)));
        users.setEnabled(user("viewer").id(), false);

        assertThat(users.colleagues()).containsExactly(
                new Colleague("admin", "Ada Admin"),
                new Colleague("checker", "Chloé Checker"),
                new Colleague("editor", "Eddie Editor"),
                new Colleague("aaron", "Zoé Zed"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_list_colleagues() {
        assertThat(users.colleagues()).extracting(Colleague::username).contains("viewer", "checker");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_may_list_colleagues() {
        assertThatThrownBy(() -> users.colleagues()).isInstanceOf(AccessDeniedException.class);
    }
}
