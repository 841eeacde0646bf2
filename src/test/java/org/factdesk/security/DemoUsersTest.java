package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** After the upgrade that added the demo-password banner, the first start finds out who still has a demo password. */
@SpringBootTest
@Transactional
class DemoUsersTest {

    @Autowired
    DemoUsers demoUsers;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    private Boolean flag(String username) {
        return jdbc.queryForObject("select demo_password from app_user where username = ?", Boolean.class, username);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void users_from_before_the_upgrade_are_checked_once_against_their_demo_password() {
        long editor = users.list().stream().filter(user -> user.username().equals("editor")).findFirst()
                .orElseThrow().id();
        users.resetPassword(editor, "editor-own-secret-7");
        users.create(new NewUserData("jane", "Jane", null, "correct-horse", Set.of(Role.VIEWER)));
        entityManager.flush();
        // As V16 leaves them on an existing install.
        jdbc.update("update app_user set demo_password = null");
        entityManager.clear();

        demoUsers.run(new DefaultApplicationArguments());
        entityManager.flush();

        assertThat(flag("checker")).as("still checker-demo").isTrue();
        assertThat(flag("admin")).isTrue();
        assertThat(flag("editor")).as("changed before the upgrade").isFalse();
        assertThat(flag("jane")).as("not a demo user").isFalse();
    }
}
