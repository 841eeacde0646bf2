package org.factdesk.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.RefusedException;
import org.factdesk.base.WebUrl;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.factdesk.source.SourceService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of earlier fact-checks for screens: browsing and searching it, imports (editors and administrators),
 * and a claim's "Checked before" matches with the desk's decisions on them.
 */
@Service
public class LibraryService {

    /** The largest file an import reads. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final FactCheckRepository factChecks;
    private final LibraryImports imports;
    private final ClaimMatches matches;
    private final SourceService sources;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    LibraryService(FactCheckRepository factChecks, LibraryImports imports, ClaimMatches matches,
                   SourceService sources, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.factChecks = factChecks;
        this.imports = imports;
        this.matches = matches;
        this.sources = sources;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = null;
    }

    /** The newest fact-checks, or those whose claim or title has {@code text}'s words (any language). */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<FactCheckItem> list(String text, int offset, int limit) {
        if (text.isBlank()) {
            return factChecks.newest(PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                    .map(FactCheck::toItem).toList();
        }
        return Search.session(entityManager).search(FactCheck.class)
                .where(f -> f.bool()
                        .should(f.match().field("claim_plain").matching(text))
                        .should(f.match().field("title_plain").matching(text))
                        .should(f.match().field("claim_en").matching(text))
                        .should(f.match().field("claim_fr").matching(text)))
                .fetchHits(offset, limit).stream().map(FactCheck::toItem).toList();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public long count(String text) {
        if (text.isBlank()) {
            return factChecks.count();
        }
        return Search.session(entityManager).search(FactCheck.class)
                .where(f -> f.bool()
                        .should(f.match().field("claim_plain").matching(text))
                        .should(f.match().field("title_plain").matching(text))
                        .should(f.match().field("claim_en").matching(text))
                        .should(f.match().field("claim_fr").matching(text)))
                .fetchTotalHitCount();
    }

    /** The header of a CSV file and the columns FactDesk recognised; refused when it is not readable CSV. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public CsvPreview previewCsv(byte[] content) {
        try {
            List<String> headers = CsvReader.headers(text(content));
            return new CsvPreview(headers, CsvReader.guess(headers));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(null, "library.error.bad-csv");
        }
    }

    /** Starts importing a ClaimReview JSON-LD file in the background; returns the import's id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public long importClaimReviews(String fileName, byte[] content) {
        return imports.claimReviews(fileName, text(content), currentUser.require()).id();
    }

    /** Starts importing a CSV file with {@code mapping} (FactDesk's column -> the file's header). */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public long importCsv(String fileName, byte[] content, Map<CsvColumn, String> mapping) {
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !mapping.containsKey(column)) {
                throw new RefusedException(null, "library.error.column-missing");
            }
        }
        return imports.csv(fileName, text(content), mapping, currentUser.require()).id();
    }

    /**
     * Starts importing a feed (ClaimReview JSON-LD, another FactDesk's {@code /api/claimreviews}, a page carrying
     * ClaimReviews, or a CSV) from {@code url}, sending {@code token} when given; the feed is remembered with its
     * token so it can be imported again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public long importFeed(String url, @Nullable String token) {
        String clean = url.strip();
        if (clean.length() > WebUrl.MAX_LENGTH || !WebUrl.Validator.isWebUrl(clean)) {
            throw new RefusedException(null, "library.error.bad-url");
        }
        String cleanToken = token == null || token.isBlank() ? null : token.strip();
        int updated = jdbc.sql("update fact_check_feed set token = coalesce(:token, token) where url = :url")
                .param("token", cleanToken).param("url", clean).update();
        if (updated == 0) {
            jdbc.sql("insert into fact_check_feed (url, token, added_by, added_at) values (:url, :token, :user, :at)")
                    .param("url", clean).param("token", cleanToken).param("user", currentUser.require())
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
        String stored = jdbc.sql("select token from fact_check_feed where url = :url").param("url", clean)
                .query(String.class).optional().orElse(null);
        return imports.feed(clean, stored, currentUser.require()).id();
    }

    /** Imports a remembered feed again, with its stored token. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public long importFeedAgain(long feedId) {
        record Feed(String url, @Nullable String token) {
        }
        Feed feed = jdbc.sql("select url, token from fact_check_feed where id = :id").param("id", feedId)
                .query((rs, row) -> new Feed(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new RefusedException(null, "library.error.gone"));
        return imports.feed(feed.url(), feed.token(), currentUser.require()).id();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public List<FeedItem> feeds() {
        return jdbc.sql("select id, url, token, poll_every_minutes from fact_check_feed order by id")
                .query((rs, row) -> new FeedItem(rs.getLong(1), rs.getString(2), FeedItem.mask(rs.getString(3)),
                        rs.getObject(4) == null ? null : rs.getInt(4)))
                .list();
    }

    /**
     * Turns the scheduled polling of a remembered feed on ({@code everyMinutes}, one of {@link FeedItem#POLL_CHOICES})
     * or off (null). The first poll comes one interval after this.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    @Transactional
    public void pollFeed(long feedId, @Nullable Integer everyMinutes) {
        if (everyMinutes != null && !FeedItem.POLL_CHOICES.contains(everyMinutes)) {
            throw new RefusedException(null, "library.error.bad-interval");
        }
        int changed = jdbc.sql("update fact_check_feed set poll_every_minutes = :every, last_polled_at = :now "
                        + "where id = :id").param("every", everyMinutes)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", feedId).update();
        if (changed == 0) {
            throw new RefusedException(null, "library.error.gone");
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public @Nullable ImportProgress importProgress(long id) {
        return imports.progress(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public List<ImportProgress> recentImports() {
        return imports.recent(10);
    }

    /** The five closest earlier fact-checks of a claim, but those the desk called "not the same". */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<CheckedBefore> checkedBefore(long claimId) {
        return matches.checkedBefore(claimId);
    }

    /**
     * As {@link #checkedBefore}, at once: a ranking stored for an older library is given as it is, with a future that
     * completes when the claim has been ranked again in the background ({@link CheckedBeforeNow#fresher()}).
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public CheckedBeforeNow checkedBeforeNow(long claimId) {
        return matches.checkedBeforeNow(claimId);
    }

    /** Matches the claim again now (on demand) and keeps its likely match on it. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<CheckedBefore> matchAgain(long claimId) {
        matches.refresh(claimId);
        return matches.checkedBefore(claimId);
    }

    /**
     * Records what the desk says of a match. "Same claim" also adds the earlier fact-check to the claim's sources
     * (so it is in the claim's history and its report) while the claim is open for research.
     */
    @PreAuthorize(AppRoles.CAN_RESEARCH)
    @Transactional
    public void decide(long claimId, long factCheckId, MatchDecision decision, double similarity,
                       boolean addAsSource) {
        FactCheck factCheck = factChecks.findById(factCheckId)
                .orElseThrow(() -> new RefusedException(null, "library.error.gone"));
        matches.decide(claimId, factCheckId, decision, similarity, currentUser.require(), clock.instant());
        if (decision == MatchDecision.SAME && addAsSource) {
            FactCheckItem item = factCheck.toItem();
            String title = item.title() != null ? item.title() : item.claim();
            sources.add(claimId, new SourceData(item.url(), cut(title, SourceData.TITLE_MAX),
                    item.publisher() == null ? null : cut(item.publisher(), SourceData.PUBLISHER_MAX),
                    SourceKind.OTHER, cut(verdictExcerpt(item), SourceData.EXCERPT_MAX), null, Reliability.UNKNOWN,
                    null));
        }
        matches.refreshLater(claimId);
    }

    /** Counts of "same" and "not the same" decisions: the share of "same" among judged matches. */
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    public Map<MatchDecision, Long> decisionCounts() {
        return matches.decisionCounts();
    }

    private static String verdictExcerpt(FactCheckItem item) {
        return item.rating() == null ? item.claim() : item.claim() + " — " + item.rating();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static String text(byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new RefusedException(null, "library.error.too-large");
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
