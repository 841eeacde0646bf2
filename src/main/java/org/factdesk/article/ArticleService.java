package org.factdesk.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.LanguageDetection;
import org.factdesk.base.RefusedException;
import org.factdesk.desk.DeskSettingsService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Imports and edits articles (editors) and lets everyone list and read them. */
@Service
@Validated
public class ArticleService {

    /** Newest publication first, undated articles last, then the most recently imported. */
    static final Sort LIST_ORDER = Sort.by(Sort.Order.desc("content.publishedOn").nullsLast(), Sort.Order.desc("importedAt"),
            Sort.Order.desc("id"));

    /** Below this many characters language detection is a guess. */
    static final int MIN_DETECTABLE = 40;

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final LanguageDetection languages;
    private final DeskSettingsService settings;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;

    ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, LanguageDetection languages,
                   DeskSettingsService settings, ApplicationEventPublisher events, CurrentUser currentUser, Clock clock,
                   EntityManager entityManager) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.revisions = revisions;
        this.languages = languages;
        this.settings = settings;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores the article and, in the same transaction, lets listeners extract its claims. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long importArticle(@Valid ArticleData data) {
        return store(normalised(data), currentUser.require(), null);
    }

    /** For the seed import at start-up, when nobody is signed in. */
    long store(ArticleData data, String importer, @Nullable String seedKey) {
        ArticleContent content = new ArticleContent(data, languageOf(data));
        Article article = articles.save(new Article(content, importer, clock.instant(), seedKey));
        long id = Objects.requireNonNull(article.getId());
        events.publishEvent(new ArticleTextChanged(id, content.title(), content.body(), content.language(), true,
                content.publishedOn()));
        return id;
    }

    /**
     * Changes an article, keeping the previous version as a revision. Refused when someone else saved it since
     * {@code expectedVersion} was read, so no edit is silently overwritten.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public void update(long id, long expectedVersion, @Valid ArticleData data) {
        Article article = articles.findById(id).orElseThrow(() -> new RefusedException(null, "article.error.gone"));
        if (article.getVersion() != expectedVersion) {
            throw new RefusedException(null, "article.error.stale");
        }
        ArticleData changed = normalised(data);
        ArticleContent before = article.content();
        ArticleContent after = new ArticleContent(changed, languageOf(changed));
        int revision = (int) revisions.countByArticleId(id) + 1;
        revisions.save(new ArticleRevision(before, id, revision, currentUser.require(), clock.instant()));
        article.edit(after, clock.instant());
        articles.flush();
        if (!before.hasText(after.title(), after.body())) {
            events.publishEvent(new ArticleTextChanged(id, after.title(), after.body(), after.language(), false,
                    after.publishedOn()));
        }
        if (!before.language().equals(after.language())) {
            events.publishEvent(new ArticleLanguageChanged(id, after.language()));
        }
    }

    /** Earlier versions of the article, newest first. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ArticleRevisionItem> revisions(long id) {
        return revisions.findByArticleIdOrderByRevisionDesc(id).stream().map(ArticleRevision::toItem).toList();
    }

    /** The editor's choice, else the detected language; texts too short to tell get the desk's default. */
    private String languageOf(ArticleData data) {
        String language = data.language();
        if (language != null && !language.isBlank()) {
            return language;
        }
        String text = data.title() + "\n" + data.body();
        return text.strip().length() < MIN_DETECTABLE ? settings.defaultLanguage()
                : languages.detect(text).orElseGet(settings::defaultLanguage);
    }

    /** Reads an uploaded .txt, .md or .html file; refuses binary, oversize and other files with a message key. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public ImportedText readFile(String fileName, byte[] content) {
        return ArticleFileReader.read(fileName, content);
    }

    /** Reads an upload as it streams in, stopping one byte past the limit (see {@link #readFile(String, byte[])}). */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public ImportedText readFile(String fileName, InputStream content) {
        return ArticleFileReader.read(fileName, content);
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ArticleListItem> list(String titleFilter, Pageable page) {
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), LIST_ORDER);
        return articles.findListItems(likePattern(titleFilter), ordered);
    }

    /**
     * Up to {@code limit} articles of the list after {@code after} (from the top when null), by a range of the
     * list's index ({@code published_on desc, imported_at desc, id desc}) rather than by counting rows from the top:
     * the dated articles first, then the undated ones, each read apart since databases order nulls differently.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ArticleListItem> listAfter(String titleFilter, ArticleListItem.@Nullable Key after, int limit) {
        List<ArticleListItem> rows = new ArrayList<>();
        boolean inUndated = after != null && after.publishedOn() == null;
        if (!inUndated) {
            rows.addAll(seek(false, titleFilter, after, 0, limit));
        }
        if (rows.size() < limit) {
            rows.addAll(seek(true, titleFilter, inUndated ? after : null, 0, limit - rows.size()));
        }
        return rows;
    }

    /** The key of the {@code rows}-th article after {@code after} (from the top when null): where a jump seeks from. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleListItem.Key> keyAfter(String titleFilter, ArticleListItem.@Nullable Key after, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1");
        }
        int skip = rows - 1;
        ArticleListItem.Key from = after;
        if (after == null || after.publishedOn() != null) {
            List<ArticleListItem> dated = seek(false, titleFilter, after, skip, 1);
            if (!dated.isEmpty()) {
                return Optional.of(dated.getFirst().key());
            }
            skip -= seek(false, titleFilter, after, 0, skip).size();
            from = null;
        }
        return seek(true, titleFilter, from, skip, 1).stream().findFirst().map(ArticleListItem::key);
    }

    /** Exact below {@code limit}, {@code limit} at and above it. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public long countUpTo(String titleFilter, int limit) {
        return entityManager.createQuery("select a.id from Article a where lower(a.content.title) like :pattern "
                        + "escape '\\'", Long.class).setParameter("pattern", likePattern(titleFilter))
                .setMaxResults(limit).getResultList().size();
    }

    private List<ArticleListItem> seek(boolean undated, String titleFilter, ArticleListItem.@Nullable Key after,
                                       int skip, int limit) {
        if (limit == 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select new org.factdesk.article.ArticleListItem(a.id, "
                + "a.content.title, a.content.outlet, a.content.language, a.content.publishedOn, a.importedAt) "
                + "from Article a where lower(a.content.title) like :pattern escape '\\' and ");
        jpql.append(undated ? "a.content.publishedOn is null" : "a.content.publishedOn is not null");
        if (after != null) {
            String later = "(a.importedAt < :imported or (a.importedAt = :imported and a.id < :id))";
            jpql.append(undated ? " and " + later : " and a.content.publishedOn <= :published and "
                    + "(a.content.publishedOn < :published or " + later + ")");
        }
        jpql.append(" order by a.content.publishedOn desc, a.importedAt desc, a.id desc");
        TypedQuery<ArticleListItem> query = entityManager.createQuery(jpql.toString(), ArticleListItem.class)
                .setParameter("pattern", likePattern(titleFilter));
        if (after != null) {
            query.setParameter("imported", after.importedAt()).setParameter("id", after.id());
            if (!undated) {
                query.setParameter("published", after.publishedOn());
            }
        }
        return query.setFirstResult(skip).setMaxResults(limit).getResultList();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public long count(String titleFilter) {
        return articles.countListItems(likePattern(titleFilter));
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleDetails> find(long id) {
        return articles.findById(id).map(Article::toDetails);
    }

    /**
     * The title and {@code length} characters of the body from {@code from} (0-based; fewer at the body's end), read
     * by the database without loading the whole text: the claim page shows a quote's paragraph, not the article.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleExcerpt> excerpt(long id, int from, int length) {
        int start = Math.max(0, from);
        return articles.findExcerpt(id, start + 1, Math.max(0, length)).stream().findFirst()
                .map(row -> new ArticleExcerpt(((Number) row[0]).longValue(), (String) row[1], start,
                        row[3] == null ? "" : row[3].toString(), Boolean.TRUE.equals(row[2])));
    }

    /** The outlets the desk's articles came from, each once, alphabetically: the desk report's outlet choice. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<String> outlets() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return articles.findOutlets().stream().sorted(collator).toList();
    }

    /** The ids of the articles of one outlet, named exactly as {@link #outlets()} lists it. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Set<Long> idsByOutlet(String outlet) {
        return Set.copyOf(articles.findIdsByOutlet(outlet));
    }

    /** Title, outlet, address and date of some articles by id, without their text; ids not found are left out. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : articles.findSummaries(Set.copyOf(ids)).stream()
                .collect(Collectors.toUnmodifiableMap(ArticleSummary::id, Function.identity()));
    }

    static ArticleData normalised(ArticleData data) {
        String body = data.body().replace("\r\n", "\n").replace('\r', '\n').strip();
        return new ArticleData(data.title(), body, data.outlet(), data.url(), data.byline(), data.publishedOn(),
                data.language());
    }

    private static String likePattern(String filter) {
        String escaped = filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
