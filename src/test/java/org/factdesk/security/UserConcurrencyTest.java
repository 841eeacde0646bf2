package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two administrators edit the same user from the same list: the second save is refused, not silently laid over the
 * first. Without a test transaction, so that each save commits as in the application.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserConcurrencyTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private long id;

    @BeforeEach
    void a_user_of_this_test() {
        id = users.create(new NewUserData("concurrent.jane", "Jane", null, "correct-horse", Set.of(Role.CHECKER)));
    }

    @AfterEach
    void remove_the_user() {
        jdbc.update("delete from app_user where username = 'concurrent.jane'");
    }

    private UserItem jane() {
        return users.list().stream().filter(user -> user.id() == id).findFirst().orElseThrow();
    }

    @Test
    void the_second_of_two_edits_from_the_same_version_is_refused_and_the_first_stays() {
        UserItem seenByAda = jane();
        UserItem seenByBen = jane();

        users.update(id, seenByAda.version(), new UserData("Jane Ada", null, Set.of(Role.EDITOR)));
        RefusedException refused = catchThrowableOfType(RefusedException.class, () -> users.update(id,
                seenByBen.version(), new UserData("Jane Ben", "ben@example.org", Set.of(Role.VIEWER))));

        assertThat(refused).isNotNull();
        assertThat(refused.key()).isEqualTo("user.error.stale");
        assertThat(jane().displayName()).isEqualTo("Jane Ada");
        assertThat(jane().roles()).containsExactly(Role.EDITOR);
        assertThat(jane().email()).isNull();
    }

    @Test
    void an_edit_from_the_version_after_a_colleagues_save_goes_through() {
        users.update(id, jane().version(), new UserData("Jane Ada", null, Set.of(Role.EDITOR)));

        users.update(id, jane().version(), new UserData("Jane Ben", null, Set.of(Role.EDITOR)));

        assertThat(jane().displayName()).isEqualTo("Jane Ben");
    }
}
