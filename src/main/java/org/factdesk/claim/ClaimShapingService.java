package org.factdesk.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.article.ArticleDetails;
import org.factdesk.article.ArticleService;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors shape an article's claims: re-run extraction, create a claim from a selection of the text, split a claim
 * in two, merge two neighbours.
 */
@Service
public class ClaimShapingService {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ClaimCandidates candidates;
    private final ArticleService articles;
    private final ActivityLog log;
    private final Clock clock;

    ClaimShapingService(ClaimRepository claims, ClaimService claimService, ClaimCandidates candidates,
                        ArticleService articles, ActivityLog log, Clock clock) {
        this.claims = claims;
        this.claimService = claimService;
        this.candidates = candidates;
        this.articles = articles;
        this.log = log;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public ReextractionResult reextract(long articleId) {
        return candidates.reextract(articleId, text(articleId));
    }

    /**
     * After the suggestion model of {@code language} changed (an admin's switch, or the nightly training, where nobody
     * is signed in): scores again, in one transaction, up to {@code limit} candidates nobody touched after id
     * {@code after}. Claims the desk decided on, reworded or made keep their score.
     *
     * @return the last id scored, or -1 when none is left
     */
    @Transactional
    public long rescoreUntouched(String language, long after, int limit) {
        return candidates.rescoreUntouched(language, after, limit);
    }

    /**
     * Makes a claim of the words an editor selected, ready to check (TO_CHECK). The selection is trimmed of
     * surrounding spaces; it must lie within one paragraph.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long createFromSelection(long articleId, TextPart part, int start, int end) {
        ArticleText text = text(articleId);
        String partText = text.of(part);
        if (start < 0 || end > partText.length() || start >= end) {
            throw new RefusedException(null, "claim.error.selection-outside");
        }
        Anchor anchor = trimmed(part, partText, start, end);
        if (anchor.start() == anchor.end()) {
            throw new RefusedException(null, "claim.error.selection-empty");
        }
        if (anchor.quote().exact().contains("\n")) {
            throw new RefusedException(null, "claim.error.selection-paragraphs");
        }
        Instant now = clock.instant();
        Claim claim = candidates.attributed(articleId, anchor, anchor.quote().exact(), text,
                candidates.score(text, part, anchor.start(), anchor.end()), ClaimOrigin.SELECTED, now);
        claim.select(now);
        claims.save(claim);
        log.claim(claim, "claim.created", ClaimOrigin.SELECTED.name(), null, claim.getStatement());
        return Objects.requireNonNull(claim.getId());
    }

    /**
     * Splits a claim at {@code offset} characters into its quote: the claim keeps the first part and all its work;
     * the second part becomes a new claim next to it. Refused while the claim is approved.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long split(long claimId, long expectedVersion, int offset) {
        Claim claim = claimService.load(claimId, expectedVersion);
        claim.requireNotFrozen();
        Anchor anchor = claim.anchor();
        String partText = text(claim.getArticleId()).of(anchor.part());
        String quote = anchor.quote().exact();
        int cut = anchor.start() + offset;
        if (claim.isAnchorLost() || offset <= 0 || offset >= quote.length()
                || quote.substring(0, offset).isBlank() || quote.substring(offset).isBlank()) {
            throw new RefusedException(null, "claim.error.split-point");
        }
        Instant now = clock.instant();
        ArticleText text = text(claim.getArticleId());
        Anchor first = trimmed(anchor.part(), partText, anchor.start(), cut);
        Anchor second = trimmed(anchor.part(), partText, cut, anchor.end());
        String before = claim.getStatement();
        claim.reanchor(first, now);
        claim.shapedBy(ClaimOrigin.SPLIT, now);
        if (!claim.isStatementEdited()) {
            String words = first.quote().exact();
            claim.followQuote(candidates.reshapedStatement(claim, text, now, words, words), now);
        }
        // The second part is a new claim of its words (issue 12 #10); when they name nobody, they are still the
        // words of whoever the sentence had as its claimant.
        Claim rest = candidates.attributed(claim.getArticleId(), second, second.quote().exact(), text,
                Checkworthiness.NONE, ClaimOrigin.SPLIT, now);
        if (rest.getClaimant() == null && rest.getClaimDate() == null
                && (claim.getClaimant() != null || claim.getClaimDate() != null)) {
            rest.describeClaimant(claim.getClaimant(), claim.getClaimDate(), now);
        }
        if (claim.getStatus() != ClaimStatus.CANDIDATE && claim.getStatus() != ClaimStatus.DISMISSED) {
            rest.select(now);
        }
        claims.save(rest);
        log.claim(claim, "claim.split", null, before, claim.getStatement());
        log.claim(rest, "claim.created", ClaimOrigin.SPLIT.name(), null, rest.getStatement());
        return Objects.requireNonNull(rest.getId());
    }

    /**
     * Merges a claim with the next claim of the same part of the article: one anchor covers both. The next claim
     * must hold no work of its own (CANDIDATE, TO_CHECK or DISMISSED); it is removed and the history says so. An
     * approved claim is refused.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void mergeWithNext(long claimId, long expectedVersion) {
        Claim claim = claimService.load(claimId, expectedVersion);
        claim.requireNotFrozen();
        Anchor anchor = claim.anchor();
        String partText = text(claim.getArticleId()).of(anchor.part());
        // A claim lies within one paragraph: the next claim of the next paragraph is no neighbour.
        Claim next = claims.findInArticleOrder(claim.getArticleId()).stream()
                .filter(other -> !other.isAnchorLost() && other.anchor().part() == anchor.part()
                        && other.anchor().start() >= anchor.end())
                .findFirst()
                .filter(other -> claim.isAnchorLost()
                        || partText.substring(anchor.end(), other.anchor().start()).indexOf('\n') < 0)
                .orElseThrow(() -> new RefusedException(null, "claim.error.no-neighbour"));
        if (claim.isAnchorLost() || next.getStatus().holdsWork() && next.getStatus() != ClaimStatus.TO_CHECK
                || next.getAssignee() != null) {
            throw new RefusedException(null, "claim.error.merge-work");
        }
        Instant now = clock.instant();
        String before = claim.getStatement();
        String firstWords = anchor.quote().exact();
        String nextWords = next.anchor().quote().exact();
        if (claim.getClaimant() == null && claim.getClaimDate() == null
                && (next.getClaimant() != null || next.getClaimDate() != null)) {
            claim.describeClaimant(next.getClaimant(), next.getClaimDate(), now);
        }
        claim.reanchor(Anchor.of(anchor.part(), partText, anchor.start(), next.anchor().end()), now);
        claim.shapedBy(ClaimOrigin.MERGED, now);
        if (claim.isStatementEdited() || next.isStatementEdited()) {
            claim.reword(claim.getStatement() + " " + next.getStatement(), now);
        } else {
            claim.followQuote(candidates.reshapedStatement(claim, text(claim.getArticleId()), now,
                    claim.anchor().quote().exact(), firstWords, nextWords), now);
        }
        log.claim(claim, "claim.merged", Long.toString(Objects.requireNonNull(next.getId())), before,
                claim.getStatement());
        log.claim(next, "claim.merged-into", Long.toString(Objects.requireNonNull(claim.getId())),
                next.getStatement(), null);
        claims.delete(next);
    }

    private ArticleText text(long articleId) {
        ArticleDetails article = articles.find(articleId)
                .orElseThrow(() -> new RefusedException(null, "article.error.gone"));
        return new ArticleText(article.title(), article.body(), article.language(), article.publishedOn());
    }

    private static Anchor trimmed(TextPart part, String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return Anchor.of(part, text, from, to);
    }
}
