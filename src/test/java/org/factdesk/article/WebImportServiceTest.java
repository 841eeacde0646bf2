package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.base.RefusedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Articles from their address, fetched from a page served on 127.0.0.1 by an installation that allows it. */
@SpringBootTest(properties = "factdesk.archive.allow-private-addresses=true")
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class WebImportServiceTest {

    private static WebPages pages;

    @Autowired
    WebImportService web;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void serve() {
        pages = WebPages.start();
    }

    @AfterAll
    static void stop() {
        pages.close();
    }

    @Test
    void a_published_page_is_read_for_checking_and_nothing_is_stored_yet() {
        long before = jdbc.queryForObject("select count(*) from article", Long.class);

        WebPage page = web.fetch("  " + pages.url("/moved") + " ");

        assertThat(page.requestedUrl()).isEqualTo(pages.url("/moved"));
        assertThat(page.finalUrl()).isEqualTo(pages.url("/news/jsonld-graph.html"));
        assertThat(page.httpStatus()).isEqualTo(200);
        assertThat(page.sha256()).hasSize(64);
        assertThat(page.article().title()).isEqualTo("Crime fell by 20 % <script>alert('x')</script> in 2025");
        assertThat(page.article().publishedOn()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(page.article().url()).isEqualTo(pages.url("/news/crime-falls"));
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before);
    }

    @Test
    void the_import_keeps_the_page_as_the_articles_archived_copy_and_extracts_its_claims() {
        WebPage page = web.fetch(pages.url("/news/og-article.html"));
        ArticleData checked = page.article().toData(page.finalUrl());
        ArticleData edited = new ArticleData("Le chômage au plus bas", checked.body(), checked.outlet(), checked.url(),
                checked.byline(), checked.publishedOn(), checked.language());

        long id = web.importArticle(edited, page);

        ArticleDetails article = articles.find(id).orElseThrow();
        assertThat(article.title()).isEqualTo("Le chômage au plus bas");
        assertThat(article.outlet()).isEqualTo("Le Quotidien");
        assertThat(article.byline()).isEqualTo("Claire Martin");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(article.url()).isEqualTo("https://www.lequotidien.example/economie/chomage");
        ArchivedCopy copy = web.archivedCopy(id).orElseThrow();
        assertThat(copy.finalUrl()).isEqualTo(pages.url("/news/og-article.html"));
        assertThat(copy.httpStatus()).isEqualTo(200);
        assertThat(copy.sha256()).isEqualTo(page.sha256());
        assertThat(copy.fetchedAt()).isEqualTo(page.fetchedAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(copy.text()).startsWith("Le taux de chômage est tombé à 7,1 %");
        assertThat(jdbc.queryForObject("select count(*) from claim where article_id = ?", Long.class, id))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void an_article_typed_or_uploaded_has_no_archived_copy() {
        long id = articles.importArticle(new ArticleData("Title", "Body.", null, null, null, null, "en"));

        assertThat(web.archivedCopy(id)).isEmpty();
    }

    @Test
    void a_missing_page_is_refused_with_its_status() {
        assertThatThrownBy(() -> web.fetch(pages.url("/gone")))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("webUrl");
                    assertThat(e.key()).isEqualTo("article.web.error.http");
                    assertThat(e.params()).containsExactly(404);
                });
    }

    @Test
    void a_pdf_is_refused_as_not_a_web_page() {
        assertRefused(pages.url("/report.pdf"), "article.web.error.type");
    }

    @Test
    void a_page_without_readable_text_is_refused() {
        assertRefused(pages.url("/news/empty.html"), "article.web.error.no-text");
    }

    @Test
    void what_is_not_a_web_address_is_refused_before_any_fetch() {
        int before = pages.requests();

        assertRefused("file:///etc/passwd", "article.web.error.address");
        assertRefused("lemonde.fr/article", "article.web.error.address");

        assertThat(pages.requests()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void only_editors_fetch_articles() {
        assertThatThrownBy(() -> web.fetch(pages.url("/news/og-article.html")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String url, String key) {
        assertThatThrownBy(() -> web.fetch(url)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }
}
