package org.factdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    /** A claim with its proposers and watchers, in one statement: what its page shows (claim page). */
    @Query("select c from Claim c left join fetch c.proposers left join fetch c.watchers where c.id = :id")
    Optional<Claim> findWithPeopleById(long id);

    /**
     * The review queue, the oldest submission first: id, statement, article id, submitter, submission time and rating,
     * not the whole claim with its large texts (issue 15). Ordered by the status too, which is the same on every row,
     * so that the database reads the order from the index on (status, submitted_at) instead of sorting.
     */
    @Query("""
            select c.id, c.statement, c.articleId, c.submittedBy, c.submittedAt, c.ratingId from Claim c
            where c.status = :status order by c.status, c.submittedAt asc nulls first, c.id asc""")
    List<Object[]> findReviewQueue(ClaimStatus status, Pageable page);

    Page<Claim> findByArticleId(long articleId, Pageable page);

    long countByArticleId(long articleId);

    /** Sources are the research feature's rows; the claim only needs to know whether there is one. */
    @Query(value = "select count(*) from source where claim_id = :claimId", nativeQuery = true)
    long countSources(long claimId);

    /**
     * The next candidates nobody touched in articles of {@code language} ("en" also finds "en-GB"), by id after
     * {@code after}: those a new suggestion model scores again.
     */
    @Query(value = """
            select c.id from claim c join article a on a.id = c.article_id
            where c.id > :after and c.status = 'CANDIDATE' and c.statement_edited = false and c.origin = 'EXTRACTED'
            and (lower(a.language) = :language or lower(a.language) like :prefix)
            order by c.id limit :limit""", nativeQuery = true)
    List<Long> findUntouchedCandidates(String language, String prefix, long after, int limit);

    /**
     * A new score for a candidate that is still untouched and still says {@code statement}: checked in the update
     * itself, so an editor's accept or rewording at the same moment wins, and the claim's version stays (the editor's
     * open page is not made stale by a score).
     */
    @Modifying
    @Query("""
            update Claim c set c.score = :score, c.reasons = :reasons, c.suggested = :suggested
            where c.id = :id and c.status = org.factdesk.claim.ClaimStatus.CANDIDATE and c.statementEdited = false
            and c.statement = :statement""")
    int rescore(long id, String statement, int score, String reasons, boolean suggested);

    /** In article order: the title's claims, then the body's, each by position. */
    @Query("""
            select c from Claim c where c.articleId = :articleId
            order by case when c.part = org.factdesk.extraction.TextPart.TITLE then 0 else 1 end, c.start, c.end, c.id""")
    List<Claim> findInArticleOrder(long articleId);

    /**
     * Open claims due before {@code today} whose watchers were not yet told so for their present due date. Pass
     * {@link ClaimQueryService#EARLIEST_DUE} as {@code earliest}: without a lower bound H2 walks every claim without a
     * due date (issue 15).
     */
    @Query(value = """
            select c.* from claim c where c.due_date >= :earliest and c.due_date < :today and c.status not in ('APPROVED', 'DISMISSED')
            and not exists (select 1 from overdue_notice n where n.claim_id = c.id and n.due_date = c.due_date)
            order by c.id""", nativeQuery = true)
    List<Claim> findOverdueUntold(LocalDate earliest, LocalDate today);

    @Modifying
    @Query(value = "insert into overdue_notice (claim_id, due_date, notified_at) values (:claimId, :dueDate, :at)",
            nativeQuery = true)
    void recordOverdueNotice(long claimId, LocalDate dueDate, Instant at);
}
