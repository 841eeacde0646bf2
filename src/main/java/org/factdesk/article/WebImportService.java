package org.factdesk.article;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import org.factdesk.base.RefusedException;
import org.factdesk.base.WebUrl;
import org.factdesk.fetch.FetchedPage;
import org.factdesk.fetch.PageFetcher;
import org.factdesk.security.AppRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Articles from their published address (issue 12 #9, decision 025): the guarded {@link PageFetcher} fetches the page
 * (the same guards as "Archive now": private addresses refused unless {@code factdesk.archive.allow-private-addresses},
 * size cap, redirects re-checked), {@link WebArticleReader} reads its text and metadata for the editor to check, and
 * the import keeps the page as the article's own archived copy.
 */
@Service
@Validated
public class WebImportService {

    /** The fetcher's reasons ({@code archive.error.*}) as this feature words them for an import. */
    private static final Map<String, String> FETCH_ERRORS = Map.of(
            "archive.error.private-address", "article.web.error.private-address",
            "archive.error.too-large", "article.web.error.too-large",
            "archive.error.type", "article.web.error.type",
            "archive.error.http", "article.web.error.http",
            "archive.error.too-many-redirects", "article.web.error.too-many-redirects",
            "archive.error.timeout", "article.web.error.timeout",
            "archive.error.unknown-host", "article.web.error.unknown-host",
            "archive.error.unreachable", "article.web.error.unreachable",
            "archive.error.unreadable", "article.web.error.unreadable",
            "archive.error.bad-url", "article.web.error.bad-url");

    private final PageFetcher fetcher;
    private final ArticleService articles;
    private final ArticleArchiveRepository archives;

    WebImportService(Clock clock, ArticleService articles, ArticleArchiveRepository archives,
                     @Value("${factdesk.archive.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this.fetcher = new PageFetcher(clock, allowPrivateAddresses);
        this.articles = articles;
        this.archives = archives;
    }

    /**
     * Fetches and reads the page at {@code url}, storing nothing. Refused with a {@code article.web.error.*} key on the
     * field {@code webUrl} when the address is not a web address, the fetch fails, or the page holds no readable text.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public WebPage fetch(String url) {
        String address = url.strip();
        if (!WebUrl.Validator.isWebUrl(address)) {
            throw refused("article.web.error.address");
        }
        FetchedPage page = fetcher.fetchHtml(address);
        if (!page.kept()) {
            String key = FETCH_ERRORS.getOrDefault(Objects.requireNonNull(page.error()),
                    "article.web.error.unreadable");
            throw refused(key, page.httpStatus());
        }
        WebArticle article;
        try {
            article = WebArticleReader.read(Objects.requireNonNull(page.text()),
                    Objects.requireNonNull(page.finalUrl()), ArticleData.MAX_TEXT_BYTES);
        } catch (RefusedException e) {
            throw refused("article.web.error.unreadable");
        }
        if (article.body().isBlank()) {
            throw refused("article.web.error.no-text");
        }
        return new WebPage(article, address, Objects.requireNonNull(page.finalUrl()),
                Objects.requireNonNull(page.httpStatus()), Objects.requireNonNull(page.sha256()), page.fetchedAt());
    }

    /**
     * Imports the article as the editor checked it ({@code data}, edited or not) and keeps {@code page} as its archived
     * copy, in one transaction: a refused import keeps no copy.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long importArticle(@Valid ArticleData data, WebPage page) {
        long id = articles.importArticle(data);
        archives.save(new ArticleArchive(id, page));
        return id;
    }

    /** The copy of the page the article was imported from, if it was imported from one. */
    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArchivedCopy> archivedCopy(long articleId) {
        return archives.findFirstByArticleIdOrderByFetchedAtDesc(articleId).map(ArticleArchive::toCopy);
    }

    private static RefusedException refused(String key, Object... params) {
        return new RefusedException("webUrl", key, params);
    }
}
