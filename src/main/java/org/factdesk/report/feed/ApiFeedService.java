package org.factdesk.report.feed;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The feed's switch and API tokens: administrators turn the feed on and off and create and revoke tokens. The two
 * package-private methods serve the feed's security filters, which run before anyone is signed in.
 */
@Service
@Validated
public class ApiFeedService {

    private final ApiFeedSettingsRepository settings;
    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiFeedService(ApiFeedSettingsRepository settings, ApiTokenRepository tokens, CurrentUser currentUser,
                   Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public boolean isEnabled() {
        return feedOn();
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void setEnabled(boolean enabled) {
        current().switchTo(enabled, currentUser.require(), clock.instant());
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenItem> tokens() {
        return tokens.findAllByOrderByRevokedAscCreatedAtDescIdDesc().stream().map(ApiToken::toItem).toList();
    }

    /** Creates a token and returns its text, which nobody can see again: only its SHA-256 is stored. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public NewApiToken create(@Valid ApiTokenData data) {
        String name = data.name().strip();
        if (tokens.existsByNameIgnoreCaseAndRevokedFalse(name)) {
            throw new RefusedException("name", "report.token.error.name-taken");
        }
        String secret = TokenSecrets.generate();
        ApiToken token = tokens.save(new ApiToken(name, TokenSecrets.sha256(secret), currentUser.require(),
                clock.instant()));
        return new NewApiToken(Objects.requireNonNull(token.getId()), name, secret);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public void revoke(long id) {
        tokens.findById(id).orElseThrow(() -> new RefusedException(null, "report.token.error.gone"))
                .revoke(currentUser.require(), clock.instant());
    }

    /** For the feed's filter: whether the feed answers at all. */
    @Transactional(readOnly = true)
    boolean feedOn() {
        return current().isEnabled();
    }

    /** For the feed's filter: the name of the unrevoked token with this text, noting its use; empty otherwise. */
    @Transactional
    Optional<String> authenticate(String secret) {
        return tokens.findByTokenSha256(TokenSecrets.sha256(secret)).filter(token -> !token.isRevoked())
                .map(token -> {
                    token.used(clock.instant());
                    return token.getName();
                });
    }

    private ApiFeedSettings current() {
        return settings.findById(ApiFeedSettings.ID).orElseThrow(() -> new IllegalStateException(
                "The api_feed_settings row is missing: it is created by the migrations"));
    }
}
