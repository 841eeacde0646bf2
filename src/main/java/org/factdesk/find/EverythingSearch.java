package org.factdesk.find;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.factdesk.base.RefusedException;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.UserService;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header's search: one index query per kind (the words in the English, French and plain fields, every word in
 * at least one of them; the filters), then the rows themselves read from the database in the index's order, so a
 * result always shows what is saved now and a row deleted behind the index's back is left out. Everyone who may
 * read the desk's lists may search, and finds what those lists show them: articles, claims, sources, comments and
 * the library are readable by every reading role (as {@code ArticleService}, {@code ClaimQueryService},
 * {@code SourceService}, {@code CommentService} and {@code LibraryService} allow).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.CAN_READ)
public class EverythingSearch {

    /** Hits of a kind shown when several kinds are searched, and when one kind is. */
    public static final int PER_KIND = 10;
    public static final int ONE_KIND = 50;
    /** With a language filter on kinds the index does not know the language of, this many hits are read to filter. */
    static final int LANGUAGE_WINDOW = 500;
    static final int SNIPPET = 240;

    private static final Pattern A_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final EnumSet<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX);

    private final EntityManager entityManager;
    private final DeskSettingsService settings;
    private final UserService users;

    EverythingSearch(EntityManager entityManager, DeskSettingsService settings, UserService users) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.users = users;
    }

    /**
     * Searches every kind the request names. Refuses (field {@code q}) an empty query, one without a letter or digit,
     * and one longer than {@link SearchRequest#MAX_LENGTH}; a reversed date range (field {@code to}).
     */
    public SearchResults search(SearchRequest request) {
        String text = request.text().strip();
        if (text.length() > SearchRequest.MAX_LENGTH) {
            throw new RefusedException("q", "search.error.too-long", SearchRequest.MAX_LENGTH);
        }
        if (!A_WORD.matcher(text).find()) {
            throw new RefusedException("q", "search.error.empty");
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            throw new RefusedException("to", "search.error.dates");
        }
        Highlights highlights = new Highlights(text);
        int limit = request.kinds().size() == 1 ? ONE_KIND : PER_KIND;
        List<SearchResults.Group> groups = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            if (!request.includes(kind) || kind != SearchKind.CLAIM && kindIgnoresStatus(request)) {
                continue;
            }
            SearchResults.Group group = group(kind, text, request, highlights, limit);
            if (!group.hits().isEmpty()) {
                groups.add(group);
            }
        }
        return new SearchResults(groups);
    }

    /** A status filter is about claims: the other kinds have none, so they are left out rather than unfiltered. */
    private static boolean kindIgnoresStatus(SearchRequest request) {
        return !request.statuses().isEmpty();
    }

    private SearchResults.Group group(SearchKind kind, String text, SearchRequest request, Highlights highlights,
                                      int limit) {
        boolean languageAfter = request.language() != null && !indexKnowsLanguage(kind);
        SearchSession session = Search.session(entityManager);
        var result = session.search(session.scope(Object.class, List.of(entityName(kind))))
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, kind, text, request))
                .fetch(languageAfter ? LANGUAGE_WINDOW : limit);
        List<Long> ids = result.hits();
        List<SearchHit> hits = load(kind, ids, request.language(), highlights);
        long total = languageAfter ? hits.size() : result.total().hitCount();
        return new SearchResults.Group(kind, Math.max(total, hits.size()),
                hits.subList(0, Math.min(limit, hits.size())));
    }

    private static boolean indexKnowsLanguage(SearchKind kind) {
        return kind == SearchKind.ARTICLE || kind == SearchKind.CLAIM || kind == SearchKind.FACT_CHECK;
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, String text, String... fields) {
        return f.simpleQueryString().fields(fields).matching(text).defaultOperator(BooleanOperator.AND).flags(SYNTAX);
    }

    /**
     * A claim's statement read with its language's analysis (the article's language, which the claim keeps): English
     * and French claims by their own field, others (and claims of no known language) by every field.
     */
    private static PredicateFinalStep claimWords(SearchPredicateFactory f, String text) {
        return f.bool()
                .should(f.bool().must(f.match().field("language").matching("en")).must(words(f, text, "statement_en")))
                .should(f.bool().must(f.match().field("language").matching("fr")).must(words(f, text, "statement_fr")))
                .should(f.bool().mustNot(f.terms().field("language").matchingAny(List.of("en", "fr")))
                        .must(words(f, text, fields(SearchKind.CLAIM))));
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchKind kind, String text, SearchRequest request) {
        var bool = f.bool();
        if (kind == SearchKind.CLAIM) {
            bool.must(claimWords(f, text));
        } else {
            bool.must(words(f, text, fields(kind)));
        }
        if (kind == SearchKind.CLAIM && !request.statuses().isEmpty()) {
            bool.must(f.terms().field("status").matchingAny(request.statuses()));
        }
        if (request.language() != null && indexKnowsLanguage(kind)) {
            bool.must(f.match().field(kind == SearchKind.ARTICLE ? "content.language" : "language")
                    .matching(request.language()));
        }
        if (request.from() != null || request.to() != null) {
            bool.must(dateRange(f, kind, request.from(), request.to()));
        }
        return bool;
    }

    private SearchPredicate dateRange(SearchPredicateFactory f, SearchKind kind, @Nullable LocalDate from,
                                      @Nullable LocalDate to) {
        if (kind == SearchKind.FACT_CHECK) {
            return f.range().field("reviewedOn").between(from, to).toPredicate();
        }
        ZoneId zone = settings.zone();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        return f.range().field("date").between(start, end).toPredicate();
    }

    private static String[] fields(SearchKind kind) {
        List<String> names = switch (kind) {
            case ARTICLE -> List.of("content.title", "content.body");
            case CLAIM -> List.of("statement");
            case SOURCE -> List.of("title", "excerpt", "archive");
            case COMMENT -> List.of("body");
            case FACT_CHECK -> List.of("claim", "title");
        };
        return names.stream().flatMap(name -> java.util.stream.Stream.of(name + "_en", name + "_fr", name + "_plain"))
                .toArray(String[]::new);
    }

    private static String entityName(SearchKind kind) {
        return switch (kind) {
            case ARTICLE -> "Article";
            case CLAIM -> "Claim";
            case SOURCE -> "Source";
            case COMMENT -> "Comment";
            case FACT_CHECK -> "FactCheck";
        };
    }

    /** The rows of {@code ids} as they are saved now, in the order of {@code ids}, of the language when one is set. */
    private List<SearchHit> load(SearchKind kind, List<Long> ids, @Nullable String language, Highlights highlights) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String jpql = switch (kind) {
            case ARTICLE -> """
                    select a.id, a.content.title, a.content.body, a.content.language, a.content.publishedOn,
                    a.content.outlet from Article a where a.id in :ids""";
            case CLAIM -> """
                    select c.id, c.statement, a.content.title, a.content.language, c.status, c.createdAt
                    from Claim c, Article a where a.id = c.articleId and c.id in :ids""";
            case SOURCE -> """
                    select s.id, s.title, s.excerpt, s.archiveText, c.id, c.statement, a.content.language, s.createdAt
                    from Source s, Claim c, Article a where c.id = s.claimId and a.id = c.articleId and s.id in :ids""";
            case COMMENT -> """
                    select m.id, m.body, m.author, c.id, c.statement, a.content.language, m.createdAt
                    from Comment m, Claim c, Article a where c.id = m.claimId and a.id = c.articleId and m.id in :ids""";
            case FACT_CHECK -> """
                    select f.id, f.claim, f.title, f.rating, f.publisher, f.language, f.reviewedOn, f.url, f.deskClaimId
                    from FactCheck f where f.id in :ids""";
        };
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            rows.put((Long) row[0], row);
        }
        ZoneId zone = settings.zone();
        List<SearchHit> hits = new ArrayList<>();
        for (Long id : ids) {
            Object[] row = rows.get(id);
            if (row != null) {
                if (kind == SearchKind.COMMENT) {
                    row[2] = users.displayName((String) row[2]);
                }
                SearchHit hit = hit(kind, row, highlights, zone);
                if (language == null || language.equals(hit.language())) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    private static SearchHit hit(SearchKind kind, Object[] row, Highlights highlights, ZoneId zone) {
        long id = (Long) row[0];
        return switch (kind) {
            case ARTICLE -> new SearchHit(kind, id, highlights.mark((String) row[1]),
                    highlights.snippet((String) row[2], SNIPPET), "articles/" + id, null, null, (String) row[5],
                    (LocalDate) row[4], (String) row[3]);
            case CLAIM -> new SearchHit(kind, id, highlights.mark((String) row[1]), List.of(), "claims/" + id, null,
                    ((ClaimStatus) row[4]).name(), (String) row[2], day((Instant) row[5], zone), (String) row[3]);
            case SOURCE -> {
                String excerpt = row[2] != null ? (String) row[2] : row[3] != null ? (String) row[3] : "";
                String archive = (String) row[3];
                String text = archive != null && !highlights.snippet(excerpt, SNIPPET).stream().anyMatch(Segment::match)
                        ? archive : excerpt;
                yield new SearchHit(kind, id, highlights.mark((String) row[1]), highlights.snippet(text, SNIPPET),
                        "claims/" + row[4], null, null, (String) row[5], day((Instant) row[7], zone),
                        (String) row[6]);
            }
            case COMMENT -> new SearchHit(kind, id, List.of(new Segment((String) row[2], false)),
                    highlights.snippet((String) row[1], SNIPPET), "claims/" + row[3], null, null, (String) row[4],
                    day((Instant) row[6], zone), (String) row[5]);
            case FACT_CHECK -> {
                Long deskClaim = (Long) row[8];
                String url = (String) row[7];
                String label = String.join(" · ", java.util.stream.Stream.of((String) row[3], (String) row[4])
                        .filter(Objects::nonNull).toList());
                yield new SearchHit(kind, id, highlights.mark((String) row[1]),
                        row[2] == null ? List.of() : highlights.snippet((String) row[2], SNIPPET),
                        deskClaim == null ? null : "claims/" + deskClaim, deskClaim == null && isWeb(url) ? url : null,
                        label.isEmpty() ? null : label, null, (LocalDate) row[6], (String) row[5]);
            }
        };
    }

    /** Only web addresses become links: an imported file may hold anything, {@code javascript:} included. */
    private static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static @Nullable LocalDate day(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
