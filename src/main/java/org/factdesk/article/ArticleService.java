package org.factdesk.article;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.security.AppRoles;
import org.factdesk.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Imports articles (editors) and lets everyone list and read them. */
@Service
@Validated
public class ArticleService {

    /** Newest publication first, undated articles last, then the most recently imported. */
    static final Sort LIST_ORDER = Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.desc("importedAt"),
            Sort.Order.desc("id"));

    private final ArticleRepository articles;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleService(ArticleRepository articles, CurrentUser currentUser, Clock clock) {
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional
    public long importArticle(@Valid ArticleData data) {
        Article article = new Article(normalised(data), currentUser.require(), clock.instant(), null);
        return Objects.requireNonNull(articles.save(article).getId());
    }

    /** Reads an uploaded .txt, .md or .html file; refuses binary, oversize and other files with a message key. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public ImportedText readFile(String fileName, byte[] content) {
        return ArticleFileReader.read(fileName, content);
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public List<ArticleListItem> list(String titleFilter, Pageable page) {
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), LIST_ORDER);
        return articles.findListItems(likePattern(titleFilter), ordered).getContent();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public long count(String titleFilter) {
        return articles.findListItems(likePattern(titleFilter), PageRequest.of(0, 1)).getTotalElements();
    }

    @PreAuthorize(AppRoles.CAN_READ)
    @Transactional(readOnly = true)
    public Optional<ArticleDetails> find(long id) {
        return articles.findById(id).map(Article::toDetails);
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
