package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdesk.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ArticleServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ArticleService articles;

    private static ArticleData article(String title) {
        return new ArticleData(title, "First paragraph.\nSecond paragraph.", "Le Monde", "https://www.lemonde.fr/a",
                "Jane Doe", LocalDate.of(2024, 3, 1), "fr");
    }

    private static ArticleData withBody(String body) {
        return new ArticleData("Title", body, null, null, null, null, "fr");
    }

    private static ArticleData withUrl(String url) {
        return new ArticleData("Title", "Body", null, url, null, null, "fr");
    }

    private static ArticleData withDate(LocalDate date) {
        return new ArticleData("Title", "Body", null, null, null, date, "fr");
    }

    private static ArticleData withLanguage(String language) {
        return new ArticleData("Title", "Body", null, null, null, null, language);
    }

    private static ArticleData dated(String title, LocalDate date) {
        return new ArticleData(title, "Body", null, null, null, date, "en");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_imports_an_article_and_is_recorded_as_its_importer() {
        Instant before = Instant.now();

        long id = articles.importArticle(article("  Putin visits Baku  "));

        ArticleDetails details = articles.find(id).orElseThrow();
        assertThat(details.title()).isEqualTo("Putin visits Baku");
        assertThat(details.body()).isEqualTo("First paragraph.\nSecond paragraph.");
        assertThat(details.paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
        assertThat(details.outlet()).isEqualTo("Le Monde");
        assertThat(details.url()).isEqualTo("https://www.lemonde.fr/a");
        assertThat(details.byline()).isEqualTo("Jane Doe");
        assertThat(details.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(details.language()).isEqualTo("fr");
        assertThat(details.importedBy()).isEqualTo("editor");
        assertThat(details.importedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void blank_optional_fields_are_stored_as_absent_and_windows_line_breaks_as_plain_ones() {
        long id = articles.importArticle(new ArticleData("T", "\r\n  One\r\nTwo\rThree  \r\n", "  ", " ", "", null,
                "en"));

        ArticleDetails details = articles.find(id).orElseThrow();
        assertThat(details.outlet()).isNull();
        assertThat(details.url()).isNull();
        assertThat(details.byline()).isNull();
        assertThat(details.body()).isEqualTo("One\nTwo\nThree");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void html_and_script_in_the_body_are_stored_exactly_as_typed() {
        String body = "<script>alert(1)</script>\n<img src=x onerror=alert(1)> & <b>bold</b> &amp; \"quoted\"";

        long id = articles.importArticle(withBody(body));

        assertThat(articles.find(id).orElseThrow().body()).isEqualTo(body);
    }

    @Test
    @WithMockUser(username = "checker", roles = "CHECKER")
    void a_checker_may_not_import() {
        assertThatThrownBy(() -> articles.importArticle(article("No"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_not_import() {
        assertThatThrownBy(() -> articles.importArticle(article("No"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_may_not_import() {
        assertThatThrownBy(() -> articles.importArticle(article("No"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.readFile("a.txt", "Title\nBody".getBytes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_may_neither_import_nor_read() {
        assertThatThrownBy(() -> articles.importArticle(article("No"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.list("", FIRST_PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> articles.find(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_any_authentication_nothing_is_imported() {
        assertThatThrownBy(() -> articles.importArticle(article("No")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void rights_add_up_so_the_editor_role_among_others_may_import_and_other_roles_may_not() {
        // Rights add up: a user with EDITOR among other roles may import.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "editor", "n/a", AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_EDITOR")));
        assertThat(articles.importArticle(article("Several roles"))).isPositive();

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "editor", "n/a", AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_CHECKER")));
        assertThatThrownBy(() -> articles.importArticle(article("No"))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "EDITOR", "CHECKER", "VIEWER"})
    void every_role_can_list_count_and_read_articles(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));

        List<ArticleListItem> list = articles.list("", FIRST_PAGE);

        assertThat(list).isNotEmpty();
        assertThat(articles.count("")).isEqualTo(list.size());
        assertThat(articles.find(list.getFirst().id())).get().extracting(ArticleDetails::title)
                .isEqualTo(list.getFirst().title());
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void an_unknown_id_finds_nothing() {
        assertThat(articles.find(999_999)).isEqualTo(Optional.empty());
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_list_shows_the_newest_publication_first_undated_last_then_the_latest_import() {
        long undatedOld = articles.importArticle(dated("zorder undated first import", null));
        long old = articles.importArticle(dated("zorder 2019", LocalDate.of(2019, 5, 1)));
        long recent = articles.importArticle(dated("zorder 2024", LocalDate.of(2024, 1, 15)));
        long undatedNew = articles.importArticle(dated("zorder undated second import", null));
        long middleFirst = articles.importArticle(dated("zorder 2021 first import", LocalDate.of(2021, 6, 1)));
        long middleSecond = articles.importArticle(dated("zorder 2021 second import", LocalDate.of(2021, 6, 1)));

        List<Long> ids = articles.list("zorder", FIRST_PAGE).stream().map(ArticleListItem::id).toList();

        assertThat(ids).containsExactly(recent, middleSecond, middleFirst, old, undatedNew, undatedOld);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_list_is_paged() {
        for (int i = 0; i < 5; i++) {
            articles.importArticle(dated("zpage " + i, LocalDate.of(2020, 1, 1 + i)));
        }

        assertThat(articles.list("zpage", PageRequest.of(0, 2))).extracting(ArticleListItem::title)
                .containsExactly("zpage 4", "zpage 3");
        assertThat(articles.list("zpage", PageRequest.of(2, 2))).extracting(ArticleListItem::title)
                .containsExactly("zpage 0");
        assertThat(articles.count("zpage")).isEqualTo(5);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_title_filter_ignores_case_and_surrounding_spaces() {
        articles.importArticle(article("Zfilter Élections à BAKOU"));
        articles.importArticle(article("Zfilter something else"));

        assertThat(articles.list("  À BAKOU ", FIRST_PAGE)).extracting(ArticleListItem::title)
                .containsExactly("Zfilter Élections à BAKOU");
        assertThat(articles.count("zfilter")).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void percent_underscore_and_backslash_in_the_filter_are_matched_literally() {
        articles.importArticle(article("Zlit 100% of voters"));
        articles.importArticle(article("Zlit 1000 voters"));
        articles.importArticle(article("Zlit snake_case"));
        articles.importArticle(article("Zlit snakeXcase"));
        articles.importArticle(article("Zlit back\\slash"));

        assertThat(articles.list("100%", FIRST_PAGE)).extracting(ArticleListItem::title)
                .containsExactly("Zlit 100% of voters");
        assertThat(articles.list("snake_case", FIRST_PAGE)).extracting(ArticleListItem::title)
                .containsExactly("Zlit snake_case");
        assertThat(articles.list("k\\s", FIRST_PAGE)).extracting(ArticleListItem::title)
                .containsExactly("Zlit back\\slash");
        assertThat(articles.count("%")).isEqualTo(1);
        assertThat(articles.count("_")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_empty_title_is_refused_on_the_title_field() {
        assertThat(Violations.of(() -> articles.importArticle(article("   "))))
                .containsExactly("title: validation.required");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_title_over_the_limit_is_refused_on_the_title_field() {
        assertThat(Violations.of(() -> articles.importArticle(article("x".repeat(ArticleData.TITLE_MAX + 1)))))
                .containsExactly("title: validation.too-long");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_empty_body_is_refused_on_the_body_field() {
        assertThat(Violations.of(() -> articles.importArticle(withBody(" \n\t "))))
                .containsExactly("body: validation.required");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_ten_megabyte_body_is_refused_with_the_body_too_large_message() {
        String tenMegabytes = "a".repeat(10 * 1024 * 1024);
        long before = articles.count("");

        assertThat(Violations.of(() -> articles.importArticle(withBody(tenMegabytes))))
                .containsExactly("body: article.error.body-too-large");
        assertThat(articles.count("")).as("nothing was stored").isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_body_just_over_two_megabytes_in_utf8_is_refused_though_it_has_fewer_characters() {
        String accented = "é".repeat(ArticleData.MAX_TEXT_BYTES / 2 + 1);

        assertThat(Violations.of(() -> articles.importArticle(withBody(accented))))
                .containsExactly("body: article.error.body-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org", "www.example.org", "data:text/html,x"})
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_url_that_is_not_a_web_address_is_refused_on_the_url_field(String url) {
        assertThat(Violations.of(() -> articles.importArticle(withUrl(url)))).containsExactly("url: validation.url");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_publication_date_fifty_years_ahead_is_refused_on_the_date_field() {
        assertThat(Violations.of(() -> articles.importArticle(withDate(LocalDate.now().plusYears(50)))))
                .containsExactly("publishedOn: article.error.publication-date");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_publication_date_in_1899_is_refused_on_the_date_field() {
        assertThat(Violations.of(() -> articles.importArticle(withDate(LocalDate.of(1899, 12, 31)))))
                .containsExactly("publishedOn: article.error.publication-date");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void publication_dates_from_1900_to_tomorrow_are_accepted() {
        assertThat(articles.importArticle(withDate(ArticleData.EARLIEST_PUBLICATION))).isPositive();
        assertThat(articles.importArticle(withDate(LocalDate.now().plusDays(1)))).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fra", "FR"})
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_language_that_is_not_a_lower_case_iso_639_1_code_is_refused_on_the_language_field(String language) {
        assertThat(Violations.of(() -> articles.importArticle(withLanguage(language))))
                .containsExactly("language: validation.language");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void every_bad_field_is_reported_at_once() {
        ArticleData bad = new ArticleData("", "", "o".repeat(ArticleData.OUTLET_MAX + 1), "javascript:alert(1)",
                "b".repeat(ArticleData.BYLINE_MAX + 1), LocalDate.of(1899, 1, 1), "xx");

        assertThat(Violations.of(() -> articles.importArticle(bad))).containsExactly(
                "body: validation.required",
                "byline: validation.too-long",
                "language: validation.language",
                "outlet: validation.too-long",
                "publishedOn: article.error.publication-date",
                "title: validation.required",
                "url: validation.url");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_reads_an_uploaded_file_through_the_service() {
        ImportedText text = articles.readFile("a.md", "# Title\n\nBody".getBytes());

        assertThat(text).isEqualTo(new ImportedText("Title", "Body"));
    }
}
