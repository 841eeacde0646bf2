package org.factdesk.claim;

import java.time.Clock;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim module's command API for the features built on a claim's research (decision 014): sources and comments
 * live in their own packages, and this is the only way they touch the claim. Each command loads the claim, checks
 * that the signed-in user may do this to it now, changes it through {@link Claim}'s package-private methods and
 * writes the history, exactly as when those features sat beside the claim.
 */
@Service
public class ClaimResearch {

    private final ClaimRepository claims;
    private final ClaimAccess access;
    private final ActivityLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClaimResearch(ClaimRepository claims, ClaimAccess access, ActivityLog log, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.access = access;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Refuses unless the signed-in user may research the claim now: theirs or an editor's, open for research, not
     * frozen by an approval (which says it must be reopened first); a claim that is gone is refused too.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional(readOnly = true)
    public void requireResearch(long claimId) {
        access.requireResearch(found(claimId));
    }

    /** Refuses when the claim is gone (removed with its article), before anything is written for it. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public void requireExists(long claimId) {
        found(claimId);
    }

    /**
     * The signed-in researcher changed the claim's sources ({@code action}: {@code source.added}, ...): refused as
     * {@link #requireResearch(long)} refuses, else the claim records who changed its evidence (its ClaimReview changes
     * with it) and the change goes to its history and its watchers.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void sourcesChanged(long claimId, String action, @Nullable String detail, @Nullable String before,
                               @Nullable String after) {
        Claim claim = found(claimId);
        access.requireResearch(claim);
        claim.sourcesChangedBy(currentUser.require(), clock.instant());
        log.claim(claim, action, detail, before, after);
    }

    /**
     * Records for {@code actor} what work that runs without their session did to the claim's research (a background
     * fetch of a source's page ended), in the history and for its watchers; refused when the claim is gone.
     */
    @Transactional
    public void recordFor(String actor, long claimId, String action, @Nullable String detail, @Nullable String before,
                          @Nullable String after) {
        log.claimBy(actor, found(claimId), action, detail, before, after);
    }

    /**
     * Tells the claim's open pages of something the history does not keep (a fetch under way or abandoned); nothing
     * when the claim is gone.
     */
    @Transactional
    public void announce(long claimId, String action, @Nullable String detail) {
        claims.findById(claimId).ifPresent(claim -> log.announce(claim, action, detail));
    }

    /**
     * The signed-in user posted {@code body} in the claim's thread: they watch the claim from now on (PRODUCT.md §2)
     * and the comment goes to its history; the colleagues in {@code mentioned} hear of the mention, not of the
     * comment as well. {@code reasonFor} names the transition a reason was given for ({@code return},
     * {@code reopen}), so that watchers hear of both in one notification.
     */
    @PreAuthorize(AppRoles.CAN_COMMENT)
    @Transactional
    public void commented(long claimId, @Nullable String reasonFor, String body, Set<String> mentioned) {
        Claim claim = found(claimId);
        claim.watch(currentUser.require());
        log.claim(claim, "comment.posted", reasonFor, null, body, mentioned);
    }

    private Claim found(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new RefusedException(null, "claim.error.gone"));
    }
}
