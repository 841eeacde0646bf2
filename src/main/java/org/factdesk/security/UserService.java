package org.factdesk.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.AfterCommit;
import org.factdesk.base.RefusedException;
import org.factdesk.base.Translations;
import org.factdesk.base.UserProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Users and their roles: the administrators' user management (with sign-in locks), and each user's own password and
 * language preference.
 */
@Service
@Validated
public class UserService implements UserProfiles {

    /** Who the history names for work no user did (ActivityLog's actor for start-up and scheduled work). */
    static final String SYSTEM = "system";
    static final String APPLICATION = "FactDesk";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final SignInThrottle throttle;
    private final OpenSessions openSessions;

    UserService(UserRepository users, PasswordEncoder passwords, CurrentUser currentUser, Clock clock,
                SignInThrottle throttle, OpenSessions openSessions) {
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.clock = clock;
        this.throttle = throttle;
        this.openSessions = openSessions;
    }

    /** Every user, with the end of their sign-in lock if too many failed sign-ins locked them out now. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<UserItem> list() {
        Map<String, Instant> locked = throttle.lockedUsers();
        return users.findAll().stream().map(user -> toItem(user, locked.get(user.getUsername())))
                .sorted(Comparator.comparing(UserItem::username)).toList();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public long create(@Valid NewUserData data) {
        String username = data.username().strip().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(username)) {
            throw new RefusedException("username", "user.error.username-taken");
        }
        AppUser user = new AppUser(username, data.displayName().strip(), blankToNull(data.email()),
                passwords.encode(data.password()), data.roles(), clock.instant());
        return Objects.requireNonNull(users.save(user).getId());
    }

    /**
     * Changes a user's name, e-mail and roles, unless someone changed the user since {@code expectedVersion} was
     * read. A change of roles ends the user's open sessions.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void update(long id, long expectedVersion, @Valid UserData data) {
        AppUser user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new RefusedException(null, "user.error.stale");
        }
        if (isMe(user) && user.getRoles().contains(Role.ADMIN) && !data.roles().contains(Role.ADMIN)) {
            throw new RefusedException("roles", "user.error.own-admin-role");
        }
        user.update(data.displayName().strip(), blankToNull(data.email()), data.roles());
        flushOrRefuseAsStale();
        reloadOpenTabsOf(user);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        AppUser user = find(id);
        if (isMe(user) && !enabled) {
            throw new RefusedException(null, "user.error.disable-self");
        }
        user.setEnabled(enabled);
        reloadOpenTabsOf(user);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void resetPassword(long id, @NotBlank(message = "validation.required")
            @Size(min = UserData.PASSWORD_MIN, max = UserData.PASSWORD_MAX, message = "user.error.password-length")
            @NotCommonPassword String password) {
        AppUser user = find(id);
        user.changePassword(passwords.encode(password));
        reloadOpenTabsOf(user);
    }

    /** Lets a user whom too many failed sign-ins locked out try again at once. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void unlock(long id) {
        throttle.unlock(find(id).getUsername());
    }

    /**
     * The signed-in user changes their own password, proving it is them with the current one. Their other sessions
     * end; this one goes on.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void changeOwnPassword(@NotBlank(message = "validation.required") String currentPassword,
            @NotBlank(message = "validation.required")
            @Size(min = UserData.PASSWORD_MIN, max = UserData.PASSWORD_MAX, message = "user.error.password-length")
            @NotCommonPassword String newPassword) {
        AppUser me = users.findByUsername(currentUser.require())
                .orElseThrow(() -> new RefusedException(null, "user.error.not-found"));
        if (!passwords.matches(currentPassword, me.getPasswordHash())) {
            throw new RefusedException("currentPassword", "user.error.current-password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new RefusedException("newPassword", "user.error.password-unchanged");
        }
        me.changePassword(passwords.encode(newPassword));
        flushOrRefuseAsStale();
        SessionStamps.keepCurrentSession(me.getSessionStamp());
        reloadOpenTabsOf(me);
    }

    /** Whether the signed-in user still has the demo password that the README prints. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean hasDemoPassword() {
        return users.findByUsername(currentUser.require()).map(AppUser::getDemoPassword)
                .filter(Boolean.TRUE::equals).isPresent();
    }

    /** The enabled users, by display name, for pickers such as the colleagues to mention in a comment. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return byName(users.findColleagues());
    }

    private static List<Colleague> byName(List<Colleague> colleagues) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        return colleagues.stream()
                .sorted(Comparator.comparing(Colleague::displayName, collator).thenComparing(Colleague::username))
                .toList();
    }

    /** Whether a claim may be assigned to this user: enabled, and an editor or a fact-checker. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean isAssignable(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled)
                .filter(user -> user.getRoles().contains(Role.CHECKER) || user.getRoles().contains(Role.EDITOR))
                .isPresent();
    }

    /** Enabled fact-checkers, by display name: the desk's researchers, whether or not they hold claims now. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Colleague> checkers() {
        return byName(users.findColleaguesWithAnyRole(Set.of(Role.CHECKER)));
    }

    /** The usernames of the enabled editors: who may approve a verdict (four eyes aside). */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<String> editors() {
        return users.findColleaguesWithAnyRole(Set.of(Role.EDITOR)).stream().map(Colleague::username)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Enabled editors and fact-checkers, by display name: who a claim may be assigned to. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Colleague> assignable() {
        return byName(users.findColleaguesWithAnyRole(Set.of(Role.CHECKER, Role.EDITOR)));
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public String displayName(String username) {
        // The desk's own work (the seed import, the overdue check) is signed by the application.
        return users.findDisplayName(username).orElse(SYSTEM.equals(username) ? APPLICATION : username);
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale(String username) {
        return users.findByUsername(username).map(AppUser::getPreferredLanguage).map(Locale::forLanguageTag);
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void savePreferredLocale(Locale locale) {
        users.findByUsername(currentUser.require())
                .ifPresent(user -> user.setPreferredLanguage(Translations.supported(locale).getLanguage()));
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new RefusedException(null, "user.error.not-found"));
    }

    private boolean isMe(AppUser user) {
        return currentUser.username().filter(user.getUsername()::equals).isPresent();
    }

    /** Once committed, the user's open tabs on every node whose sessions just ended are sent to the sign-in page. */
    private void reloadOpenTabsOf(AppUser user) {
        AfterCommit.collect(openSessions, new OpenSessions.AccountState(user.getUsername(), user.getSessionStamp(),
                user.isEnabled()), openSessions::changed);
    }

    /** A colleague's change committed between this transaction's read and its write. */
    private void flushOrRefuseAsStale() {
        try {
            users.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new RefusedException(null, "user.error.stale");
        }
    }

    private static UserItem toItem(AppUser user, @Nullable Instant lockedUntil) {
        return new UserItem(Objects.requireNonNull(user.getId()), user.getVersion(), user.getUsername(),
                user.getDisplayName(), user.getEmail(), user.getRoles(), user.isEnabled(),
                user.getPreferredLanguage(), lockedUntil);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
