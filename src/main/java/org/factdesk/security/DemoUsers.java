package org.factdesk.security;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty user table, creates one demo user per role (their passwords are in the README),
 * so a new desk can be tried at once. {@code factdesk.demo-users=false} turns this off.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    private static final Set<String> DEMO_USERNAMES = Set.of("admin", "editor", "checker", "viewer");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final boolean enabled;

    DemoUsers(UserRepository users, PasswordEncoder passwords, Clock clock,
              @Value("${factdesk.demo-users:true}") boolean enabled) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        markDemoPasswords();
        if (!enabled || users.count() > 0) {
            return;
        }
        create("admin", "Ada Admin", Role.ADMIN);
        create("editor", "Eddie Editor", Role.EDITOR);
        create("checker", "Chloé Checker", Role.CHECKER);
        create("viewer", "Victor Viewer", Role.VIEWER);
        LOG.info("Created the demo users admin, editor, checker and viewer (password: <username>-demo)");
    }

    private void create(String username, String displayName, Role role) {
        AppUser user = new AppUser(username, displayName, username + "@factdesk.invalid",
                passwords.encode(demoPassword(username)), Set.of(role), clock.instant());
        user.markDemoPassword(true);
        users.save(user);
    }

    /**
     * Users created before FactDesk remembered who still has a demo password are checked once: a demo username
     * whose hash matches its README password gets the banner asking to change it.
     */
    private void markDemoPasswords() {
        for (AppUser user : users.findByDemoPasswordIsNull()) {
            user.markDemoPassword(DEMO_USERNAMES.contains(user.getUsername())
                    && passwords.matches(demoPassword(user.getUsername()), user.getPasswordHash()));
        }
    }

    private static String demoPassword(String username) {
        return username + "-demo";
    }
}
