package org.factdesk.claim;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleExcerpt;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A fact-checker's work on one claim: take it, establish who made it and when, propose a verdict, submit it for
 * review. An editor may do this on any claim, a fact-checker on the claims assigned to them.
 */
@Service
@Validated
public class ResearchService {

    /**
     * Characters of the body read on either side of a quote to find its paragraph without reading the whole text; a
     * longer paragraph (no line break within) is read from the whole text.
     */
    static final int PARAGRAPH_WINDOW = 4000;

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ClaimAccess access;
    private final RatingScaleService ratings;
    private final ArticleService articles;
    private final ActivityLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResearchService(ClaimRepository claims, ClaimService claimService, ClaimAccess access, RatingScaleService ratings,
                    ArticleService articles, ActivityLog log, CurrentUser currentUser, Clock clock) {
        this.claims = claims;
        this.claimService = claimService;
        this.access = access;
        this.ratings = ratings;
        this.articles = articles;
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ClaimDetails> details(long claimId) {
        return claims.findWithPeopleById(claimId).flatMap(claim -> {
            Anchor anchor = claim.anchor();
            int from = anchor.part() == TextPart.TITLE ? 0 : Math.max(0, anchor.start() - PARAGRAPH_WINDOW);
            int to = anchor.part() == TextPart.TITLE ? 0 : anchor.end() + PARAGRAPH_WINDOW;
            return articles.excerpt(claim.getArticleId(), from, to - from)
                    .map(excerpt -> excerpted(claim, excerpt).orElseGet(() -> articles.find(claim.getArticleId())
                            .map(article -> details(claim, article)).orElseThrow()));
        });
    }

    /**
     * A fact-checker (or an editor) takes a claim waiting to be checked, which starts its research: an unassigned
     * one, or one an editor assigned to them. A claim assigned to a colleague is theirs to take (an editor may still
     * take it over).
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void take(long claimId, long expectedVersion) {
        Claim claim = claimService.load(claimId, expectedVersion);
        ClaimStatus before = claim.getStatus();
        if (before != ClaimStatus.TO_CHECK) {
            throw new IllegalTransitionException(before, "take");
        }
        String me = currentUser.require();
        String assignee = claim.getAssignee();
        if (!mayTake(claim)) {
            throw new RefusedException(null, "claim.error.assigned-to-other");
        }
        claim.take(me, clock.instant());
        log.claimStatus(claim, before, "take");
        if (!me.equals(assignee)) {
            log.claim(claim, "claim.assigned", null, assignee, me);
        }
    }

    /** An editor may take any claim to check; a fact-checker one that is unassigned or assigned to them. */
    private boolean mayTake(Claim claim) {
        if (claim.getStatus() != ClaimStatus.TO_CHECK) {
            return false;
        }
        if (currentUser.hasRole(AppRoles.EDITOR)) {
            return true;
        }
        return currentUser.hasRole(AppRoles.CHECKER) && (claim.getAssignee() == null
                || currentUser.username().filter(claim.getAssignee()::equals).isPresent());
    }

    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void describeClaimant(long claimId, long expectedVersion, @Valid ClaimantData data) {
        Claim claim = claimService.load(claimId, expectedVersion);
        access.requireResearch(claim);
        String before = claimantSummary(claim.getClaimant(), claim.getClaimDate());
        String claimant = data.claimant() == null || data.claimant().isBlank() ? null : data.claimant().strip();
        claim.describeClaimant(claimant, data.claimDate(), clock.instant());
        log.claim(claim, "claim.claimant", null, before, claimantSummary(claimant, data.claimDate()));
    }

    /** Saves the proposed verdict; the rating must be one of the active scale's. */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void saveVerdict(long claimId, long expectedVersion, @Valid VerdictData verdict) {
        Claim claim = claimService.load(claimId, expectedVersion);
        access.requireResearch(claim);
        propose(claim, verdict);
    }

    private void propose(Claim claim, VerdictData verdict) {
        Long ratingId = verdict.ratingId();
        if (ratingId != null && !Objects.equals(ratingId, claim.getRatingId())
                && ratings.find(ratingId).filter(rating -> !rating.retired()).isEmpty()) {
            throw new RefusedException("ratingId", "claim.error.rating");
        }
        String rationale = verdict.rationale() == null || verdict.rationale().isBlank() ? null
                : verdict.rationale().strip();
        String before = verdictSummary(claim.getRatingId(), claim.getRationale());
        if (claim.propose(ratingId, rationale, currentUser.require(), clock.instant())) {
            log.claim(claim, "claim.verdict", null, before, verdictSummary(ratingId, rationale));
        }
    }

    /** Submits the verdict for review: refused without a rating, a rationale and at least one source. */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void submit(long claimId, long expectedVersion) {
        Claim claim = claimService.load(claimId, expectedVersion);
        access.requireResearch(claim);
        submit(claim);
    }

    /**
     * Saves the verdict as the checker has it on screen, then submits it, in one step: what the checker sees is what
     * goes to review, saved or not. Refused as a whole (nothing saved) when the submission is.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void submit(long claimId, long expectedVersion, @Valid VerdictData verdict) {
        Claim claim = claimService.load(claimId, expectedVersion);
        access.requireResearch(claim);
        propose(claim, verdict);
        submit(claim);
    }

    private void submit(Claim claim) {
        long claimId = Objects.requireNonNull(claim.getId());
        if (claim.getRatingId() == null) {
            throw new RefusedException("ratingId", "claim.error.submit-rating");
        }
        if (claim.getRationale() == null || claim.getRationale().isBlank()) {
            throw new RefusedException("rationale", "claim.error.submit-rationale");
        }
        if (claims.countSources(claimId) == 0) {
            throw new RefusedException(null, "claim.error.submit-source");
        }
        ClaimStatus before = claim.getStatus();
        claim.submit(currentUser.require(), clock.instant());
        log.claimStatus(claim, before, "submit");
    }

    /**
     * The details from the title and the window of the body around the quote; empty when the quote's paragraph runs
     * past the window (then the caller reads the whole text).
     */
    private Optional<ClaimDetails> excerpted(Claim claim, ArticleExcerpt excerpt) {
        Anchor anchor = claim.anchor();
        if (anchor.part() == TextPart.TITLE) {
            return Optional.of(details(claim, excerpt.id(), excerpt.title(), excerpt.title(), 0, 0,
                    excerpt.title().length()));
        }
        if (claim.isAnchorLost()) {
            return Optional.of(details(claim, excerpt.id(), excerpt.title(), "", 0, 0, 0));
        }
        String window = excerpt.text();
        int offset = excerpt.from();
        int quoteAt = anchor.start() - offset;
        if (quoteAt < 0 || !window.startsWith(anchor.quote().exact(), quoteAt)) {
            // Not where the offsets say: the body changed under the anchor, or the database counted characters
            // otherwise before the window (PostgreSQL, an emoji): the whole text decides.
            return Optional.empty();
        }
        int before = window.lastIndexOf('\n', Math.max(0, anchor.start() - 1) - offset);
        if (before < 0 && offset > 0) {
            return Optional.empty();
        }
        int after = window.indexOf('\n', anchor.end() - offset);
        if (after < 0 && !excerpt.reachesEnd()) {
            return Optional.empty();
        }
        int from = before < 0 ? 0 : before + 1;
        int to = after < 0 ? window.length() : after;
        return Optional.of(details(claim, excerpt.id(), excerpt.title(), window, offset, from, to));
    }

    private ClaimDetails details(Claim claim, ArticleDetails article) {
        Anchor anchor = claim.anchor();
        String text = anchor.part() == TextPart.TITLE ? article.title() : article.body();
        int from = anchor.part() == TextPart.TITLE ? 0 : text.lastIndexOf('\n', Math.max(0, anchor.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', anchor.end());
        int to = anchor.part() == TextPart.TITLE || lineEnd < 0 ? text.length() : lineEnd;
        return details(claim, article.id(), article.title(), text, 0, from, to);
    }

    /**
     * The details with the quote's paragraph: {@code text} holds the anchored part (title or body) from
     * {@code offset}, and the paragraph runs from {@code from} to {@code to} in {@code text}.
     */
    private ClaimDetails details(Claim claim, long articleId, String articleTitle, String text, int offset, int from,
                                 int to) {
        Anchor anchor = claim.anchor();
        boolean located = !claim.isAnchorLost() && anchor.end() - offset <= text.length();
        String paragraph = located ? text.substring(from, to) : anchor.quote().exact();
        int quoteStart = located ? anchor.start() - offset - from : 0;
        int quoteEnd = located ? anchor.end() - offset - from : paragraph.length();
        Checkworthiness worth = claim.checkworthiness();
        boolean mayTake = mayTake(claim);
        return new ClaimDetails(Objects.requireNonNull(claim.getId()), claim.getVersion(), articleId,
                articleTitle, claim.getStatement(), paragraph, quoteStart, quoteEnd, claim.isAnchorLost(),
                claim.getClaimant(), claim.getClaimDate(), claim.getStatus(), claim.getAssignee(),
                claim.getDueDate(), worth.score(), worth.reasons(), claim.getRatingId(), claim.getRationale(),
                claim.getSubmittedBy(), claim.getSubmittedAt(), claim.getProposers(), access.mayResearchNow(claim),
                mayTake, claim.getPriority(), claim.getApprovedBy(), claim.getApprovedAt(),
                claim.getApprovedRatingId(), claim.isCorrected(),
                currentUser.username().map(claim.getWatchers()::contains).orElse(false));
    }

    private static String claimantSummary(@Nullable String claimant, @Nullable LocalDate date) {
        return (claimant == null ? "" : claimant) + (date == null ? "" : " (" + date + ")");
    }

    private String verdictSummary(@Nullable Long ratingId, @Nullable String rationale) {
        String label = ratingId == null ? "" : ratings.find(ratingId).map(rating -> rating.labelEn()).orElse("");
        return label + (rationale == null ? "" : " — " + rationale);
    }
}
