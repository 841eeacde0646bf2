package org.factdesk.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.factdesk.base.NoControlChars;
import org.factdesk.base.RefusedException;
import org.factdesk.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads an article's claims and lets editors choose among them: select, dismiss with a reason, undo either, reword.
 * Every change names the version the editor saw, so a colleague's change in between is never overwritten.
 */
@Service
@Validated
public class ClaimService {

    public static final int STATEMENT_MAX = 5000;

    /**
     * The detail of a status change made in bulk ("Accept all suggested", several claims at once): the history says
     * so, and whatever learns from editors' choices can leave such acceptances out.
     */
    public static final String IN_BULK = "BULK";

    /** Suggested claims first, the most check-worthy first, then in article order. */
    static final Sort RANKING = Sort.by(Sort.Order.desc("suggested"), Sort.Order.desc("score"),
            Sort.Order.desc("part"), Sort.Order.asc("start"), Sort.Order.asc("id"));

    private final ClaimRepository claims;
    private final ActivityRepository activities;
    private final ActivityLog log;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ActivityRepository activities, ActivityLog log, Clock clock) {
        this.claims = claims;
        this.activities = activities;
        this.log = log;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ClaimRow> list(long articleId, Pageable page) {
        Pageable ranked = PageRequest.of(page.getPageNumber(), page.getPageSize(), RANKING);
        return claims.findByArticleId(articleId, ranked).map(ClaimRow::of).getContent();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public long count(long articleId) {
        return claims.countByArticleId(articleId);
    }

    /** Every claim's place in the text, numbered in article order. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ClaimSpan> spans(long articleId) {
        List<ClaimSpan> spans = new ArrayList<>();
        for (Claim claim : claims.findInArticleOrder(articleId)) {
            Anchor anchor = claim.anchor();
            spans.add(new ClaimSpan(Objects.requireNonNull(claim.getId()), spans.size() + 1, anchor.part(),
                    anchor.start(), anchor.end(), claim.getStatus(), claim.checkworthiness().suggested(),
                    claim.isAnchorLost()));
        }
        return spans;
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public java.util.Optional<ClaimRow> find(long claimId) {
        return claims.findById(claimId).map(ClaimRow::of);
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ActivityEntry> history(long claimId) {
        return activities.findByClaimIdOrderByOccurredAtDescIdDesc(claimId).stream().map(Activity::toEntry).toList();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ActivityEntry> articleHistory(long articleId) {
        return activities.findByArticleIdOrderByOccurredAtDescIdDesc(articleId).stream().map(Activity::toEntry)
                .toList();
    }

    /**
     * Accepts a suggestion: CANDIDATE → TO_CHECK.
     *
     * @return the claim's version now, for an undo
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long select(long claimId, long expectedVersion) {
        return written(transition(claimId, expectedVersion, null, (claim, now) -> claim.select(now)));
    }

    /** Accepts several suggestions at once; claims no longer candidates are left as they are. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public int selectAll(List<Long> claimIds) {
        return acceptInBulk(claimIds).size();
    }

    /**
     * Accepts several claims in one go; those no longer candidates are left as they are. Each acceptance is logged
     * with the detail {@link #IN_BULK}, since nobody weighed these claims one by one.
     *
     * @return the version each accepted claim is at now, by id, for an undo
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public Map<Long, Long> acceptInBulk(Collection<Long> claimIds) {
        List<Claim> accepted = new ArrayList<>();
        for (Claim claim : claims.findAllById(claimIds)) {
            if (claim.getStatus() == ClaimStatus.CANDIDATE) {
                claim.select(clock.instant());
                log.claimStatus(claim, ClaimStatus.CANDIDATE, IN_BULK);
                accepted.add(claim);
            }
        }
        return versions(accepted);
    }

    /** Accepts every suggested candidate of the article, in bulk ({@link #acceptInBulk}). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public Map<Long, Long> acceptSuggested(long articleId) {
        return acceptInBulk(claims.findInArticleOrder(articleId).stream()
                .filter(claim -> claim.getStatus() == ClaimStatus.CANDIDATE && claim.checkworthiness().suggested())
                .map(Claim::getId).toList());
    }

    /**
     * Dismisses several claims for one reason; those that can no longer be dismissed (a colleague took them to
     * research meanwhile) are left as they are.
     *
     * @return the version each dismissed claim is at now, by id, for an undo
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public Map<Long, Long> dismissInBulk(Collection<Long> claimIds, DismissReason reason) {
        List<Claim> dismissed = new ArrayList<>();
        for (Claim claim : claims.findAllById(claimIds)) {
            if (claim.getStatus() == ClaimStatus.CANDIDATE
                    || claim.getStatus() == ClaimStatus.TO_CHECK && claim.getAssignee() == null) {
                ClaimStatus before = claim.getStatus();
                claim.dismiss(reason, clock.instant());
                log.claimStatus(claim, before, reason.name());
                dismissed.add(claim);
            }
        }
        return versions(dismissed);
    }

    /**
     * Takes back an editor's triage, all of it or nothing: every claim, still at the version the triage left it,
     * goes back where it was (an accepted one to the candidates, a dismissed one to its status before). Refused, with
     * nothing changed, when a colleague changed any of them since.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void undoTriage(Map<Long, Long> versions) {
        versions.forEach((claimId, version) -> transition(claimId, version, null, (claim, now) -> {
            if (claim.getStatus() == ClaimStatus.DISMISSED) {
                claim.restore(now);
            } else {
                claim.deselect(now);
            }
        }));
    }

    /** The claim's version once its change is written, which moves it. */
    private long written(Claim claim) {
        claims.flush();
        return claim.getVersion();
    }

    private Map<Long, Long> versions(List<Claim> changed) {
        // The versions move when the changes are written; an undo names the versions written.
        claims.flush();
        Map<Long, Long> versions = new LinkedHashMap<>();
        changed.forEach(claim -> versions.put(Objects.requireNonNull(claim.getId()), claim.getVersion()));
        return versions;
    }

    /** Undoes a selection: TO_CHECK → CANDIDATE, while nobody works on the claim. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void deselect(long claimId, long expectedVersion) {
        transition(claimId, expectedVersion, null, (claim, now) -> claim.deselect(now));
    }

    /** @return the claim's version now, for an undo */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long dismiss(long claimId, long expectedVersion, DismissReason reason) {
        return written(transition(claimId, expectedVersion, reason.name(),
                (claim, now) -> claim.dismiss(reason, now)));
    }

    /** Undoes a dismissal. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void restore(long claimId, long expectedVersion) {
        transition(claimId, expectedVersion, null, (claim, now) -> claim.restore(now));
    }

    /**
     * Changes how the desk words the claim; its anchor stays on the article's own words. Refused while the claim is
     * approved: the published wording changes only after a reopening.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void reword(long claimId, long expectedVersion,
                       @NotBlank(message = "validation.required")
                       @Size(max = STATEMENT_MAX, message = "validation.too-long") @NoControlChars
                       String statement) {
        Claim claim = load(claimId, expectedVersion);
        claim.requireNotFrozen();
        String before = claim.getStatement();
        String after = statement.strip();
        if (!before.equals(after)) {
            claim.reword(after, clock.instant());
            log.claim(claim, "claim.reworded", "statement", before, after);
        }
    }

    /** Runs one guarded status change on the claim the user saw, and logs it; shared by the workflow services. */
    Claim transition(long claimId, long expectedVersion, @Nullable String detail, BiConsumer<Claim, Instant> change) {
        Claim claim = load(claimId, expectedVersion);
        ClaimStatus before = claim.getStatus();
        change.accept(claim, clock.instant());
        log.claimStatus(claim, before, detail);
        return claim;
    }

    /** The claim, provided nobody changed it since the editor read {@code expectedVersion}. */
    Claim load(long claimId, long expectedVersion) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> new RefusedException(null, "claim.error.gone"));
        if (claim.getVersion() != expectedVersion) {
            throw new RefusedException(null, "claim.error.stale");
        }
        return claim;
    }
}
