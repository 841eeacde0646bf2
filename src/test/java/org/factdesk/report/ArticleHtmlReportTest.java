package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HTML report: one well-formed XHTML file without scripts, where markup typed into any field (article, claim,
 * source, rationale) comes out as text; the in-progress option and the reader's language are honoured.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ArticleHtmlReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    ArticleReportExports exports;

    @Autowired
    ArticleService articles;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private ReportFixture desk;
    private long article;
    private ClaimRow approved;
    private ClaimRow inProgress;

    @BeforeEach
    void an_article_full_of_markup_with_one_approved_claim_and_one_in_progress() {
        desk = new ReportFixture(context);
        article = articles.importArticle(new ArticleData("Budget " + SCRIPT + " & taxes",
                "Le ministre a annoncé " + SCRIPT + " une hausse de 12 % des impôts en 2024 & 2025.\n\n"
                        + "Selon l'Insee, le chômage a baissé de 0,3 point en 2023 <img src=x onerror=alert(2)>.",
                "Le Monde & <b>Co</b>", "https://example.org/article?a=1&b=2", null, LocalDate.of(2025, 3, 4),
                "fr"));
        List<ClaimRow> rows = desk.claims(article);
        approved = rows.stream().filter(row -> row.statement().contains("ministre")).findFirst().orElseThrow();
        inProgress = rows.stream().filter(row -> row.statement().contains("Insee")).findFirst().orElseThrow();
        desk.approve(approved.id(), "Mostly true", "Rationale with " + SCRIPT + " & <b>bold</b>.",
                ReportFixture.source("Source " + SCRIPT + " & sons", "Publisher \"quoted\" & <i>co</i>",
                        "https://example.org/source?x=1&y=" + "%3Cscript%3E"));
        desk.select(inProgress.id());
    }

    @Test
    void markup_in_every_field_comes_out_escaped_and_no_script_element_exists() throws Exception {
        String html = write(Locale.ENGLISH, true, "markup");

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain(SCRIPT).doesNotContain("<b>")
                .doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Budget &lt;script&gt;", "&amp; taxes",
                "Source &lt;script&gt;alert(1)&lt;/script&gt; &amp; sons", "Rationale with &lt;script&gt;",
                "&lt;img src=x onerror=alert(2)&gt;");
        Document document = Jsoup.parse(html);
        assertThat(document.select("script, img, iframe, object, link[href]")).isEmpty();
        assertThat(document.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(document.select(".source-title").text()).isEqualTo("Source " + SCRIPT + " & sons");
        assertThat(document.select("h1").text()).isEqualTo("Budget " + SCRIPT + " & taxes");
        assertThat(document.select("a.url").eachAttr("href")).contains("https://example.org/article?a=1&b=2");
    }

    @Test
    void the_html_is_well_formed_xhtml() throws Exception {
        String html = write(Locale.ENGLISH, true, "xhtml");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ReportDocument.XHTML);
        Document jsoup = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(jsoup.select("html > head > style")).hasSize(1);
        assertThat(jsoup.select("html > body .claim")).hasSize(2);
    }

    @Test
    void claims_in_progress_are_listed_only_when_asked_for() throws IOException {
        Document with = Jsoup.parse(write(Locale.ENGLISH, true, "with-progress"));
        Document without = Jsoup.parse(write(Locale.ENGLISH, false, "without-progress"));

        assertThat(with.select(".statement").eachText()).containsExactly(approved.statement(),
                inProgress.statement());
        assertThat(with.select(".claim").text()).contains("In progress");
        assertThat(without.select(".statement").eachText()).containsExactly(approved.statement());
        assertThat(without.select(".claim").text()).doesNotContain("In progress");
    }

    @Test
    void the_article_text_marks_and_numbers_each_claim_at_its_words() throws IOException {
        Document html = Jsoup.parse(write(Locale.ENGLISH, true, "marks"));

        assertThat(html.select(".article-text .hl-no").eachText()).containsExactly("1", "2");
        assertThat(html.select(".article-text .hl").eachText()).anyMatch(text -> text.contains("Le ministre a annoncé"));
        assertThat(html.select(".article-text .hl-none").text()).contains("Selon l'Insee");
    }

    @Test
    void a_claim_whose_words_left_the_article_is_listed_instead_of_marked() throws IOException {
        entityManager.flush();
        jdbc.update("update claim set anchor_lost = true where id = ?", inProgress.id());
        entityManager.clear();

        Document html = Jsoup.parse(write(Locale.ENGLISH, true, "anchor-lost"));

        assertThat(html.select(".article-text .hl-no").eachText()).containsExactly("1");
        assertThat(html.select(".note").eachText()).contains(
                "Claims no longer found in the article’s text, which was edited after they were made: 2.");
    }

    @Test
    void a_french_reader_gets_french_labels_and_dates() throws IOException {
        Document html = Jsoup.parse(write(Locale.FRENCH, true, "french"));

        assertThat(html.select("html").attr("lang")).isEqualTo("fr");
        assertThat(html.select("h2").eachText()).contains("Verdicts", "Affirmations vérifiées", "Méthodologie",
                "Corrections");
        assertThat(html.text()).contains("Plutôt vrai", "En cours", "4 mars 2025").doesNotContain("Mostly true");
    }

    @Test
    void each_claim_says_why_it_was_put_forward_for_checking_in_the_readers_language() throws IOException {
        Document english = Jsoup.parse(write(Locale.ENGLISH, true, "reasons"));
        Document french = Jsoup.parse(write(Locale.FRENCH, true, "reasons-fr"));

        assertThat(english.select(".claim .reasons").eachText()).hasSize(2).first().asString()
                .startsWith("Why it was put forward for checking: ").contains("Quantity: 12 %", "(+");
        assertThat(french.select(".claim .reasons").eachText()).first().asString()
                .startsWith("Pourquoi elle a été proposée à la vérification : ").contains("Quantité : 12 %")
                .doesNotContain("Quantity");
    }

    private String write(Locale locale, boolean inProgress, String name) throws IOException {
        ReportFile file = exports.prepare(article, ReportFormat.HTML, inProgress, locale).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        assertThat(file.mimeType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(file.fileName()).endsWith(".html").startsWith("factdesk-budget-script-alert-1-script-taxes-");
        Path target = Path.of("target", "reports");
        Files.createDirectories(target);
        Files.write(target.resolve("html-" + name + ".html"), out.toByteArray());
        return out.toString(StandardCharsets.UTF_8);
    }
}
