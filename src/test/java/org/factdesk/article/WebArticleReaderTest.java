package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The metadata reader on real pages kept in src/test/resources/web. */
class WebArticleReaderTest {

    @Test
    void open_graph_tags_give_title_outlet_author_date_language_and_address() {
        WebArticle article = read("og-article.html", "https://www.lequotidien.example/economie/chomage?utm=x");

        assertThat(article.title()).isEqualTo("Le chômage au plus bas <script>alert(1)</script>");
        assertThat(article.outlet()).isEqualTo("Le Quotidien");
        assertThat(article.byline()).isEqualTo("Claire Martin");
        // The calendar day as the outlet wrote it, not the day in UTC (already 5 March there).
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.url()).isEqualTo("https://www.lequotidien.example/economie/chomage");
    }

    @Test
    void the_text_is_the_articles_paragraphs_without_menu_asides_scripts_or_the_repeated_heading() {
        WebArticle article = read("og-article.html", "https://www.lequotidien.example/economie/chomage");

        assertThat(article.body()).isEqualTo("""
                Le taux de chômage est tombé à 7,1 % au quatrième trimestre, selon l’Insee.

                « C’est le niveau le plus bas depuis 2008 », a déclaré la ministre du Travail.""");
    }

    @Test
    void json_ld_news_article_inside_a_graph_wins_over_the_tags() {
        WebArticle article = read("jsonld-graph.html", "https://daily.example/news/x?ref=home");

        assertThat(article.title()).isEqualTo("Crime fell by 20 % <script>alert('x')</script> in 2025");
        assertThat(article.outlet()).isEqualTo("The Daily Example");
        assertThat(article.byline()).isEqualTo("Ann Lee, Bo Chen");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo("https://daily.example/news/crime-falls");
        assertThat(article.body()).isEqualTo("Crime fell by 20 % last year, Devlin said.\n\n"
                + "The figures cover England and Wales.");
    }

    @Test
    void json_ld_in_an_array_is_found_past_a_broken_block_and_other_types() {
        WebArticle article = read("jsonld-array.html", "https://weekly.example/wages");

        assertThat(article.title()).isEqualTo("Wages rose 3 % in 2025");
        assertThat(article.byline()).isEqualTo("Dana Scully");
        assertThat(article.outlet()).isEqualTo("Example Weekly");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(article.language()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.toData("https://weekly.example/wages").url()).isEqualTo("https://weekly.example/wages");
    }

    @Test
    void a_page_without_metadata_gives_its_heading_and_paragraphs_and_leaves_the_rest_empty() {
        WebArticle article = read("no-metadata.html", "https://citypaper.example/rents");

        assertThat(article.title()).isEqualTo("Rents doubled in ten years");
        assertThat(article.outlet()).isNull();
        assertThat(article.byline()).isNull();
        assertThat(article.publishedOn()).isNull();
        assertThat(article.body()).contains("Rents in the city have doubled in ten years, the council said on Tuesday.")
                .contains("Tenants’ groups disputed the figure.")
                .doesNotContain("Rents doubled in ten years\n");
    }

    @Test
    void a_page_of_menus_and_scripts_has_no_readable_text() {
        assertThat(read("empty.html", "https://empty.example/").body()).isEmpty();
    }

    @Test
    void dates_are_read_in_the_forms_pages_use() {
        assertThat(WebArticleReader.date("2026-03-04T22:30:00-05:00")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(WebArticleReader.date("2026-03-04T22:30:00Z")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(WebArticleReader.date("2026-03-04T22:30:00")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(WebArticleReader.date("2026-03-04")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(WebArticleReader.date("2026-03-04 22:30:00+0100")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(WebArticleReader.date("March 4, 2026")).isNull();
        assertThat(WebArticleReader.date("2026-02-31")).isNull();
    }

    static String page(String name) {
        try (InputStream in = Objects.requireNonNull(WebArticleReaderTest.class.getResourceAsStream("/web/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebArticle read(String name, String url) {
        return WebArticleReader.read(page(name), url, ArticleData.MAX_TEXT_BYTES);
    }
}
