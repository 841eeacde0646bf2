package org.factdesk.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.extraction.Anchoring;
import org.factdesk.extraction.Attribution;
import org.factdesk.extraction.ClaimExtractor;
import org.factdesk.extraction.Segment;
import org.factdesk.extraction.SegmentKind;
import org.factdesk.extraction.Span;
import org.factdesk.extraction.TextPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an article's sentences into candidate claims and keeps claims anchored when the article changes. No method
 * security here: it also runs at start-up for the seed article; the services that call it check the roles.
 */
@Component
class ClaimCandidates {

    private final ClaimRepository claims;
    private final ClaimExtractor extractor;
    private final ActivityLog log;
    private final Clock clock;

    ClaimCandidates(ClaimRepository claims, ClaimExtractor extractor, ActivityLog log, Clock clock) {
        this.claims = claims;
        this.extractor = extractor;
        this.log = log;
        this.clock = clock;
    }

    /** Stores every sentence of a newly imported article as a CANDIDATE claim. */
    int createAll(long articleId, ArticleText text) {
        List<Segment> sentences = sentences(text);
        Instant now = clock.instant();
        String actor = log.actor();
        claims.saveAll(sentences.stream().map(segment -> candidate(articleId, text, segment, actor, now)).toList());
        log.article(articleId, "article.extracted", Integer.toString(sentences.size()));
        return sentences.size();
    }

    /**
     * Runs extraction again on the current text: sentences already covered by a claim with the same quote are
     * skipped; candidates nobody touched and that no longer match are replaced; every other claim is kept.
     */
    ReextractionResult reextract(long articleId, ArticleText text) {
        List<Claim> existing = claims.findInArticleOrder(articleId);
        List<Segment> sentences = sentences(text);
        List<Claim> matched = new ArrayList<>();
        List<Claim> added = new ArrayList<>();
        Instant now = clock.instant();
        for (Segment sentence : sentences) {
            Optional<Claim> match = existing.stream().filter(claim -> covers(claim, sentence)).findFirst();
            match.ifPresentOrElse(matched::add,
                    () -> added.add(candidate(articleId, text, sentence, log.actor(), now)));
        }
        List<Claim> replaced = existing.stream()
                .filter(claim -> claim.isUntouchedCandidate() && !matched.contains(claim)).toList();
        claims.deleteAll(replaced);
        claims.saveAll(added);
        ReextractionResult result = new ReextractionResult(added.size(), existing.size() - replaced.size(),
                replaced.size());
        log.article(articleId, "article.reextracted", result.summary());
        return result;
    }

    /** After an edit: every claim finds its quote again, or is flagged for the editor. Nothing moves silently. */
    void reanchorAll(long articleId, ArticleText text) {
        Instant now = clock.instant();
        int lost = 0;
        for (Claim claim : claims.findInArticleOrder(articleId)) {
            Anchor anchor = claim.anchor();
            String partText = text.of(anchor.part());
            Optional<Span> found = Anchoring.reanchor(partText, anchor.quote(), anchor.start());
            if (found.isPresent()) {
                Span span = found.get();
                if (span.start() != anchor.start() || claim.isAnchorLost()) {
                    claim.reanchor(Anchor.of(anchor.part(), partText, span.start(), span.end()), now);
                }
            } else if (!claim.isAnchorLost()) {
                claim.markAnchorLost(now);
                log.claim(claim, "claim.anchor-lost", null, anchor.quote().exact(), null);
                lost++;
            }
        }
        log.article(articleId, "article.reanchored", Integer.toString(lost));
    }

    /**
     * Scores a span an editor chose: the words are read as a sentence of their own, in the article's language. They
     * go in as a title, which is a sentence even without a final full stop; as a body they would be a sub-heading.
     */
    Checkworthiness score(ArticleText text, TextPart part, int start, int end) {
        String words = text.of(part).substring(start, end);
        List<Segment> sentences = extractor.extract(words, "", text.language()).segments();
        return sentences.stream().filter(segment -> segment.kind() == SegmentKind.SENTENCE)
                .max(java.util.Comparator.comparingInt(Segment::score))
                .map(ClaimCandidates::checkworthiness).orElse(Checkworthiness.NONE);
    }

    /**
     * Scores again, with the suggestion model in use now, up to {@code limit} candidates of {@code language} nobody
     * touched, after id {@code after}; each is scored as the extraction scored it: its sentence in the article.
     *
     * @return the last id scored, or -1 when none is left
     */
    long rescoreUntouched(String language, long after, int limit) {
        String lower = language.toLowerCase(java.util.Locale.ROOT);
        List<Long> ids = claims.findUntouchedCandidates(lower, lower + "-%", after, limit);
        for (Claim claim : claims.findAllById(ids)) {
            // The sentence as the article says it: the statement may have left its attribution out ("…, X said").
            Checkworthiness score = checkworthiness(extractor.scoreSentence(claim.anchor().quote().exact(),
                    language));
            claims.rescore(java.util.Objects.requireNonNull(claim.getId()), claim.getStatement(), score.score(),
                    ClaimReason.encode(score.reasons()), score.suggested());
        }
        return ids.isEmpty() ? -1 : ids.getLast();
    }

    private List<Segment> sentences(ArticleText text) {
        return extractor.extract(text.title(), text.body(), text.language()).segments().stream()
                .filter(segment -> segment.kind() == SegmentKind.SENTENCE).toList();
    }

    /**
     * A sentence is already covered by a claim with the same quote at the same place, or by any claim the desk
     * shaped or worked on (selected, split, merged, reworded, dismissed...) that overlaps it.
     */
    private static boolean covers(Claim claim, Segment sentence) {
        Anchor anchor = claim.anchor();
        if (claim.isAnchorLost() || anchor.part() != sentence.part()) {
            return false;
        }
        boolean same = anchor.start() == sentence.start() && anchor.quote().exact().equals(sentence.text());
        boolean overlaps = anchor.start() < sentence.end() && sentence.start() < anchor.end();
        return same || overlaps && !claim.isUntouchedCandidate();
    }

    private Claim candidate(long articleId, ArticleText text, Segment segment, String actor, Instant now) {
        Anchor anchor = Anchor.of(segment.part(), text.of(segment.part()), segment.start(), segment.end());
        return attributed(articleId, anchor, segment.text(), text, checkworthiness(segment), ClaimOrigin.EXTRACTED,
                actor, now);
    }

    Claim attributed(long articleId, Anchor anchor, String sentence, ArticleText text, Checkworthiness checkworthiness,
                     ClaimOrigin origin, Instant now) {
        return attributed(articleId, anchor, sentence, text, checkworthiness, origin, log.actor(), now);
    }

    /**
     * A new claim of {@code sentence} (issue 12 #10): when the sentence names who made it ("…, Devlin said", "selon le
     * Kremlin"), the statement leaves the attribution out, the claimant is who it names and the claim date the
     * article's publication date, unless the sentence names its own time; all three stay editable. Claims made before
     * keep their wording: nothing here touches an existing claim.
     */
    private Claim attributed(long articleId, Anchor anchor, String sentence, ArticleText text,
                             Checkworthiness checkworthiness, ClaimOrigin origin, String actor, Instant now) {
        Optional<Attribution> attribution = Attribution.find(sentence, text.language());
        String statement = attribution.map(Attribution::statement).orElse(sentence);
        Claim claim = new Claim(articleId, anchor, statement, checkworthiness, origin, actor, now);
        claim.speak(text.language());
        attribution.ifPresent(found -> prefill(claim, found, text, now));
        return claim;
    }

    /**
     * The statement of a claim reshaped by a split or a merge whose wording the desk left alone: the words of
     * {@code whole}, its new quote, as a new claim of them would have it. A part of it that names who said it
     * ({@code parts}: the quote, or the two quotes merged) loses the attribution; when no part does, the whole may
     * ("Crime fell by 20 %," merged with "Devlin said."). The claimant and date named fill a claim that has neither.
     */
    String reshapedStatement(Claim claim, ArticleText text, Instant now, String whole, String... parts) {
        String language = text.language();
        List<Optional<Attribution>> found = java.util.Arrays.stream(parts)
                .map(part -> Attribution.find(part, language)).toList();
        if (found.stream().allMatch(Optional::isEmpty)) {
            Optional<Attribution> attribution = Attribution.find(whole, language);
            attribution.ifPresent(each -> prefill(claim, each, text, now));
            return attribution.map(Attribution::statement).orElse(whole);
        }
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            Optional<Attribution> attribution = found.get(i);
            attribution.ifPresent(each -> prefill(claim, each, text, now));
            String words = attribution.map(Attribution::statement).orElse(parts[i].strip());
            if (i < parts.length - 1 && endsSentence(parts[i]) && !endsSentence(words)) {
                words += ".";
            }
            statement.append(i == 0 ? "" : " ").append(words);
        }
        return statement.toString();
    }

    /** The claimant and date an attribution names, for a claim that has neither yet (both stay editable). */
    private static void prefill(Claim claim, Attribution found, ArticleText text, Instant now) {
        String claimant = found.claimant();
        if (claimant == null || claimant.length() > ClaimantData.CLAIMANT_MAX || claim.getClaimant() != null
                || claim.getClaimDate() != null) {
            return;
        }
        claim.describeClaimant(claimant, found.dated() ? null : pastOrToday(text.publishedOn(), now), now);
    }

    private static boolean endsSentence(String words) {
        String end = words.strip();
        return !end.isEmpty() && ".!?…»\"”".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /** A publication date can be tomorrow somewhere; a claim date cannot be in the future. */
    private static @Nullable LocalDate pastOrToday(@Nullable LocalDate date, Instant now) {
        return date == null || date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? null : date;
    }

    private static Checkworthiness checkworthiness(Segment segment) {
        return new Checkworthiness(segment.score(), segment.reasons().stream().map(ClaimReason::of).toList(),
                segment.suggested());
    }
}
