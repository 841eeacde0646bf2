package org.factdesk.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.base.RefusedException;
import org.factdesk.extraction.TextPart;
import org.factdesk.extraction.TextQuote;
import org.hibernate.annotations.OptimisticLock;
import org.factdesk.search.Analyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A checkable statement of an article. Its anchor (part, offsets, and the quote with a little context) ties it to the
 * article text; its status follows the workflow of PRODUCT.md §2, and every transition is guarded here: an illegal
 * one throws, whoever calls it.
 */
@Entity
@Table(name = "claim")
@Indexed(index = "claim")
class Claim {

    private static final Set<ClaimStatus> DISMISSABLE = EnumSet.of(ClaimStatus.CANDIDATE, ClaimStatus.TO_CHECK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @GenericField
    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TextPart part;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    /**
     * The claim's place in its article as one number (title before body, then start, then end), so that the desk's
     * lists can seek by {@code (article_id desc, list_position, id)} through an index instead of sorting the table
     * (issue 15, decision 017). Rewritten with the anchor.
     */
    @Column(name = "list_position", nullable = false)
    private long listPosition;

    /**
     * The claim's place in its assignee's tasks, soonest due first (undated after), then the most urgent; past every
     * task ({@link #NO_TASK}) when it is closed or nobody holds it: My tasks seeks by {@code (assignee, task_position,
     * id)} through an index (issue 15). Kept by {@link #retask()} before every write.
     */
    @Column(name = "task_position", nullable = false)
    private long taskPosition = NO_TASK;

    @Lob
    @Column(name = "quote_exact", nullable = false)
    private String quoteExact;

    @Column(name = "quote_prefix", nullable = false)
    private String quotePrefix;

    @Column(name = "quote_suffix", nullable = false)
    private String quoteSuffix;

    @Column(name = "anchor_lost", nullable = false)
    private boolean anchorLost;

    @FullTextField(name = "statement_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "statement_fr", analyzer = Analyzers.FRENCH)
    @FullTextField(name = "statement_plain", analyzer = Analyzers.PLAIN)
    @Lob
    @Column(nullable = false)
    private String statement;

    @Column(name = "statement_edited", nullable = false)
    private boolean statementEdited;

    /**
     * The language of the claim's article (its code, "en", "fr"…), copied here so that the index knows it: the header
     * search filters by it and reads the statement with that language's analysis. Follows the article's (issue 14).
     */
    @OptimisticLock(excluded = true)
    @KeywordField
    private @Nullable String language;

    private @Nullable String claimant;

    @Column(name = "claim_date")
    private @Nullable LocalDate claimDate;

    private int score;

    @Column(nullable = false)
    private String reasons;

    private boolean suggested;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimOrigin origin;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status = ClaimStatus.CANDIDATE;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_dismissal")
    private @Nullable ClaimStatus statusBeforeDismissal;

    @Enumerated(EnumType.STRING)
    @Column(name = "dismiss_reason")
    private @Nullable DismissReason dismissReason;

    private @Nullable String assignee;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "rating_id")
    private @Nullable Long ratingId;

    /**
     * What the lists say of the claim's likely earlier fact-check ("Mostly false · AFP · 2024-03"), or null. Written
     * by the library's background matching straight into the row, so never written from here: a claim saved with an
     * older copy must not undo it.
     */
    @Column(name = "likely_match_label", insertable = false, updatable = false)
    private @Nullable String likelyMatchLabel;

    @Lob
    private @Nullable String rationale;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    /**
     * Who had a hand in the verdict since the claim was created or last approved (PRODUCT.md §2): who submitted it, or
     * set or changed its rating, its rationale or its sources, in whatever status the claim was then. A return, an
     * unassignment or a new assignment keeps them; only an approval starts a new round. Like the watchers it leaves
     * the version alone: the change that makes someone a proposer moves the version itself, or (a source) lives in
     * another row.
     */
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "claim_proposer", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "username")
    private Set<String> proposers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "claim_correction", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("reopenedAt")
    private List<Correction> corrections = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority = Priority.NORMAL;

    @Column(name = "selected_at")
    private @Nullable Instant selectedAt;

    @Column(name = "assigned_at")
    private @Nullable Instant assignedAt;

    @Column(name = "approved_by")
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "approved_rating_id")
    private @Nullable Long approvedRatingId;

    @Lob
    @Column(name = "approved_rationale")
    private @Nullable String approvedRationale;

    /** Reopened after approval: later reports mark the claim as corrected. */
    private boolean corrected;

    /**
     * Who hears of every change: the assignee, the proposers, the approver, commenters, and who chose to watch.
     * Watching is not an edit of the claim: it leaves the version alone, so a comment or a click on Watch never makes
     * a colleague's open page stale.
     */
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "claim_watcher", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "username")
    private Set<String> watchers = new HashSet<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @GenericField(name = "date")
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * When something the claim's ClaimReview shows last changed on the claim: its wording, claimant, verdict or
     * sources, or its approval. The feed's {@code since} and {@code dateModified} read it (with the article's, the
     * rating's and the desk's). A source change lives in another row, so this leaves the version alone.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "review_modified_at", nullable = false)
    private Instant reviewModifiedAt;

    @SuppressWarnings("NullAway.Init")
    protected Claim() {
    }

    Claim(long articleId, Anchor anchor, String statement, Checkworthiness checkworthiness, ClaimOrigin origin,
          String createdBy, Instant now) {
        this.articleId = articleId;
        this.part = anchor.part();
        this.start = anchor.start();
        this.end = anchor.end();
        this.quoteExact = anchor.quote().exact();
        this.quotePrefix = anchor.quote().prefix();
        this.quoteSuffix = anchor.quote().suffix();
        this.listPosition = listPosition(anchor);
        this.statement = statement;
        this.score = checkworthiness.score();
        this.reasons = ClaimReason.encode(checkworthiness.reasons());
        this.suggested = checkworthiness.suggested();
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.reviewModifiedAt = now;
    }

    @Nullable String getLanguage() {
        return language;
    }

    /** The claim now reads as {@code language} (its article's); re-indexed with that language's analysis. */
    void speak(@Nullable String language) {
        this.language = language;
    }

    /**
     * Title before body (bit 50), then the start (bits 25 to 49), then the end (bits 0 to 24): an article's text is at
     * most 2 MB, well under 2^25 characters. Migration V28 and the desk generator compute the same in SQL.
     */
    static long listPosition(Anchor anchor) {
        return (anchor.part() == TextPart.TITLE ? 0L : 1L << 50) + ((long) anchor.start() << 25) + anchor.end();
    }

    /** Above every task's position: a closed claim's, or one nobody holds. */
    static final long NO_TASK = Long.MAX_VALUE;
    /** Above every dated task's position ({@code yyyymmdd * 4 + urgency}), below {@link #NO_TASK}. */
    static final long UNDATED = 1L << 40;

    /**
     * Migration V44 and the desk generator compute the same in SQL: the due date as {@code yyyymmdd} (which keeps
     * the order of dates), times four, plus the urgency (urgent 0 to low 3).
     */
    static long taskPosition(@Nullable String assignee, ClaimStatus status, @Nullable LocalDate due,
                             Priority priority) {
        if (assignee == null || status == ClaimStatus.APPROVED || status == ClaimStatus.DISMISSED) {
            return NO_TASK;
        }
        long day = due == null ? UNDATED
                : (due.getYear() * 10_000L + due.getMonthValue() * 100L + due.getDayOfMonth()) * 4;
        return day + switch (priority) {
            case URGENT -> 0;
            case HIGH -> 1;
            case NORMAL -> 2;
            case LOW -> 3;
        };
    }

    @PrePersist
    @PreUpdate
    private void retask() {
        taskPosition = taskPosition(assignee, status, dueDate, priority);
    }

    long getTaskPosition() {
        return taskPosition;
    }

    long getListPosition() {
        return listPosition;
    }

    // --- workflow transitions (PRODUCT.md §2) ---

    void select(Instant now) {
        require(status == ClaimStatus.CANDIDATE, "select");
        if (selectedAt == null) {
            selectedAt = now;
        }
        moveTo(ClaimStatus.TO_CHECK, now);
    }

    /** Undoes a selection, as long as nobody has started working on the claim. */
    void deselect(Instant now) {
        require(status == ClaimStatus.TO_CHECK && assignee == null, "deselect");
        moveTo(ClaimStatus.CANDIDATE, now);
    }

    void dismiss(DismissReason reason, Instant now) {
        require(DISMISSABLE.contains(status), "dismiss");
        statusBeforeDismissal = status;
        dismissReason = Objects.requireNonNull(reason);
        // A claim dismissed while it waited for its assignee leaves their tasks; restored, it waits for anyone.
        assignee = null;
        moveTo(ClaimStatus.DISMISSED, now);
    }

    /** Undoes a dismissal: the claim goes back to where it was. */
    void restore(Instant now) {
        require(status == ClaimStatus.DISMISSED, "restore");
        ClaimStatus previous = Objects.requireNonNullElse(statusBeforeDismissal, ClaimStatus.CANDIDATE);
        dismissReason = null;
        statusBeforeDismissal = null;
        moveTo(previous, now);
    }

    /**
     * A checker (or an editor) takes a claim waiting to be checked: it becomes theirs, and the research starts. The
     * claim may wait for them, assigned by an editor, or for anyone, unassigned.
     */
    void take(String username, Instant now) {
        require(status == ClaimStatus.TO_CHECK, "take");
        if (!username.equals(assignee)) {
            assignee = username;
            assignedAt = now;
        }
        watchers.add(username);
        moveTo(ClaimStatus.IN_RESEARCH, now);
    }

    /**
     * An editor's assignment, with the date it is due (or none) and its priority. It starts nothing (PRODUCT.md §2):
     * a claim to check waits, still TO_CHECK, in the assignee's tasks until they take it; a claim in research is
     * handed over and stays in research. The editor's watching is the workflow's business, not the claim's.
     */
    void assign(String username, @Nullable LocalDate due, Priority newPriority, Instant now) {
        require(status == ClaimStatus.TO_CHECK || status == ClaimStatus.IN_RESEARCH, "assign");
        assignee = username;
        assignedAt = now;
        watchers.add(username);
        dueDate = due;
        priority = Objects.requireNonNull(newPriority);
        updatedAt = now;
    }

    void schedule(@Nullable LocalDate due, Priority newPriority, Instant now) {
        dueDate = due;
        priority = Objects.requireNonNull(newPriority);
        updatedAt = now;
    }

    /** Takes the claim away from its assignee: in research, or still waiting for them to take it. */
    void unassign(Instant now) {
        require(status == ClaimStatus.IN_RESEARCH || status == ClaimStatus.TO_CHECK && assignee != null,
                "unassign");
        assignee = null;
        moveTo(ClaimStatus.TO_CHECK, now);
    }

    void submit(Instant now) {
        require(status == ClaimStatus.IN_RESEARCH, "submit");
        moveTo(ClaimStatus.IN_REVIEW, now);
    }

    /** Submits the proposed verdict for review, as {@code username}, who becomes one of its proposers. */
    void submit(String username, Instant now) {
        submit(now);
        submittedBy = username;
        submittedAt = now;
        proposers.add(username);
        watchers.add(username);
    }

    /**
     * Sets the proposed verdict. Whoever changes the rating or the rationale becomes a proposer of this round, which
     * the four-eyes rule reads; saving the same verdict again changes nothing. Only while the claim is open for
     * research: in review and once approved the verdict is frozen (a reopening opens it again).
     */
    boolean propose(@Nullable Long newRatingId, @Nullable String newRationale, String username, Instant now) {
        require(status == ClaimStatus.TO_CHECK || status == ClaimStatus.IN_RESEARCH, "propose");
        if (Objects.equals(ratingId, newRatingId) && Objects.equals(rationale, newRationale)) {
            return false;
        }
        ratingId = newRatingId;
        rationale = newRationale;
        proposers.add(username);
        watchers.add(username);
        updatedAt = now;
        reviewModifiedAt = now;
        return true;
    }

    /**
     * {@code username} added, edited or removed one of the claim's sources: they had a hand in the verdict. Only while
     * the claim is open for research, like the verdict itself. Archiving a copy of a source is no such change.
     */
    void sourcesChangedBy(String username, Instant now) {
        require(status == ClaimStatus.TO_CHECK || status == ClaimStatus.IN_RESEARCH, "change sources");
        proposers.add(username);
        watchers.add(username);
        reviewModifiedAt = now;
    }

    void describeClaimant(@Nullable String newClaimant, @Nullable LocalDate newClaimDate, Instant now) {
        requireNotFrozen();
        claimant = newClaimant;
        claimDate = newClaimDate;
        updatedAt = now;
        reviewModifiedAt = now;
    }

    void approve(Instant now) {
        require(status == ClaimStatus.IN_REVIEW, "approve");
        moveTo(ClaimStatus.APPROVED, now);
    }

    /**
     * Approves the verdict as {@code approver}. Four eyes: nobody who had a hand in the verdict since the claim was
     * created or last approved (submitted it, or set or changed its rating, rationale or sources) may approve it,
     * whatever their role. The approval closes the round: a correction after a reopening starts with no proposers.
     */
    void approve(String approver, Instant now) {
        require(status == ClaimStatus.IN_REVIEW, "approve");
        if (proposers.contains(approver)) {
            throw new RefusedException(null, "claim.error.four-eyes");
        }
        approve(now);
        approvedBy = approver;
        approvedAt = now;
        approvedRatingId = ratingId;
        approvedRationale = rationale;
        watchers.add(approver);
        proposers.clear();
        reviewModifiedAt = now;
    }

    void sendBack(Instant now) {
        require(status == ClaimStatus.IN_REVIEW, "return");
        moveTo(ClaimStatus.IN_RESEARCH, now);
    }

    /**
     * Reopens an approved claim for a correction: the approved verdict stays recorded, the claim is corrected, and the
     * reopening with its reason joins the claim's corrections.
     */
    void reopen(String reopenedBy, String reason, Instant now) {
        require(status == ClaimStatus.APPROVED, "reopen");
        corrections.add(new Correction(now, reopenedBy, reason, approvedRatingId, approvedRationale, approvedBy,
                approvedAt));
        corrected = true;
        moveTo(ClaimStatus.IN_RESEARCH, now);
    }

    void watch(String username) {
        watchers.add(username);
    }

    void unwatch(String username) {
        watchers.remove(username);
    }

    // --- wording and anchor ---

    void reword(String newStatement, Instant now) {
        requireNotFrozen();
        statement = newStatement;
        statementEdited = true;
        updatedAt = now;
        reviewModifiedAt = now;
    }

    /**
     * The statement follows the quote again, as for a claim the desk has not reworded: {@code quoteStatement} is the
     * quote's words without the attribution they may carry ("…, Devlin said"), as a new claim of them would say.
     */
    void followQuote(String quoteStatement, Instant now) {
        statement = quoteStatement;
        updatedAt = now;
        reviewModifiedAt = now;
    }

    void reanchor(Anchor anchor, Instant now) {
        part = anchor.part();
        start = anchor.start();
        end = anchor.end();
        quoteExact = anchor.quote().exact();
        quotePrefix = anchor.quote().prefix();
        quoteSuffix = anchor.quote().suffix();
        listPosition = listPosition(anchor);
        anchorLost = false;
        updatedAt = now;
    }

    /** The desk split or merged this claim: it is no longer the extractor's sentence, so re-extraction keeps it. */
    void shapedBy(ClaimOrigin how, Instant now) {
        requireNotFrozen();
        if (origin == ClaimOrigin.EXTRACTED) {
            origin = how;
        }
        updatedAt = now;
    }

    void markAnchorLost(Instant now) {
        anchorLost = true;
        updatedAt = now;
    }

    /**
     * An approved claim is frozen (PRODUCT.md §2): its wording, claimant, sources and verdict are what the desk
     * published, and change only after a reopening, which is recorded as a correction.
     */
    boolean isFrozen() {
        return status == ClaimStatus.APPROVED;
    }

    void requireNotFrozen() {
        if (isFrozen()) {
            throw new RefusedException(null, "claim.error.frozen");
        }
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException(status, action);
        }
    }

    private void moveTo(ClaimStatus next, Instant now) {
        if (next == ClaimStatus.IN_RESEARCH && status != ClaimStatus.IN_RESEARCH) {
            // Back in research, the verdict awaits a new submission; who had a hand in it stays a proposer.
            submittedBy = null;
            submittedAt = null;
        }
        status = next;
        updatedAt = now;
    }

    // --- reading ---

    @Nullable Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getArticleId() {
        return articleId;
    }

    Anchor anchor() {
        return new Anchor(part, start, end, new TextQuote(quoteExact, quotePrefix, quoteSuffix));
    }

    String getStatement() {
        return statement;
    }

    boolean isStatementEdited() {
        return statementEdited;
    }

    boolean isAnchorLost() {
        return anchorLost;
    }

    ClaimStatus getStatus() {
        return status;
    }

    @Nullable DismissReason getDismissReason() {
        return dismissReason;
    }

    @Nullable String getAssignee() {
        return assignee;
    }

    @Nullable Long getRatingId() {
        return ratingId;
    }

    @Nullable String getLikelyMatchLabel() {
        return likelyMatchLabel;
    }

    @Nullable String getRationale() {
        return rationale;
    }

    @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    Set<String> getProposers() {
        return Set.copyOf(proposers);
    }

    @Nullable String getClaimant() {
        return claimant;
    }

    @Nullable LocalDate getClaimDate() {
        return claimDate;
    }

    @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    Priority getPriority() {
        return priority;
    }

    @Nullable Instant getSelectedAt() {
        return selectedAt;
    }

    @Nullable Instant getAssignedAt() {
        return assignedAt;
    }

    @Nullable String getApprovedBy() {
        return approvedBy;
    }

    Instant getReviewModifiedAt() {
        return reviewModifiedAt;
    }

    @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    @Nullable Long getApprovedRatingId() {
        return approvedRatingId;
    }

    @Nullable String getApprovedRationale() {
        return approvedRationale;
    }

    boolean isCorrected() {
        return corrected;
    }

    List<CorrectionItem> getCorrections() {
        return corrections.stream().map(Correction::toItem).toList();
    }

    Set<String> getWatchers() {
        return Set.copyOf(watchers);
    }

    ClaimOrigin getOrigin() {
        return origin;
    }

    Checkworthiness checkworthiness() {
        return new Checkworthiness(score, ClaimReason.decode(reasons), suggested);
    }

    /** A candidate nobody touched: re-extraction may replace it. */
    boolean isUntouchedCandidate() {
        return status == ClaimStatus.CANDIDATE && !statementEdited && origin == ClaimOrigin.EXTRACTED;
    }
}
