package org.factdesk.article;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    /** {@code pattern} is a LIKE pattern in lower case whose own wildcards are escaped with a backslash. */
    @Query(value = """
            select new org.factdesk.article.ArticleListItem(a.id, a.content.title, a.content.outlet,
                a.content.language, a.content.publishedOn, a.importedAt)
            from Article a where lower(a.content.title) like :pattern escape '\\'""")
    List<ArticleListItem> findListItems(String pattern, Pageable pageable);

    @Query("select count(a) from Article a where lower(a.content.title) like :pattern escape '\\'")
    long countListItems(String pattern);

    boolean existsBySeedKey(String seedKey);

    @Query("select distinct a.content.outlet from Article a where a.content.outlet is not null")
    List<String> findOutlets();

    @Query("select a.id from Article a where a.content.outlet = :outlet")
    List<Long> findIdsByOutlet(String outlet);

    @Query("""
            select new org.factdesk.article.ArticleSummary(a.id, a.content.title, a.content.outlet, a.content.url,
                a.content.publishedOn, a.content.language)
            from Article a where a.id in :ids""")
    List<ArticleSummary> findSummaries(Collection<Long> ids);

    /**
     * Standard SQL (H2 and PostgreSQL): the database cuts the piece, the rest of the text never leaves it; the third
     * column says whether the piece runs to the body's end, in the database's own count of characters.
     */
    @Query(value = "select id, title, char_length(body) < :start + :length, "
            + "cast(substring(body from :start for :length) as varchar) from article where id = :id",
            nativeQuery = true)
    List<Object[]> findExcerpt(long id, int start, int length);
}
