package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.article.ArticleData;
import org.factdesk.article.ArticleService;
import org.factdesk.article.WebArticle;
import org.factdesk.article.WebImportService;
import org.factdesk.article.WebPage;
import org.factdesk.claim.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article imported from its published address (issue 12 #9): its report, in HTML and PDF, says where and when the
 * page was fetched and the SHA-256 of what was received, in the reader's language; a typed article's report says
 * nothing of a copy it does not have.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ArchivedArticleReportTest {

    private static final String SHA = "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";
    private static final String REQUESTED = "https://news.example.org/moved?id=1&ref=<script>";
    private static final String FINAL = "https://news.example.org/2026/02/crime-falls";
    private static final Instant FETCHED = Instant.parse("2026-02-12T09:30:00Z");

    @Autowired
    ArticleReportExports exports;

    @Autowired
    WebImportService web;

    @Autowired
    ArticleService articles;

    private long imported;

    @BeforeEach
    void an_article_imported_from_its_address() {
        WebArticle page = new WebArticle("Crime fell by 20 % in 2025", "Crime fell by 20 % in 2025, Devlin said.",
                "The Example Times", "Ann Reporter", LocalDate.of(2026, 2, 11), "en", FINAL);
        imported = web.importArticle(page.toData(FINAL), new WebPage(page, REQUESTED, FINAL, 200, SHA, FETCHED));
    }

    @Test
    void the_html_report_shows_the_archived_copy_with_its_addresses_time_and_fingerprint() throws IOException {
        Document html = Jsoup.parse(write(imported, ReportFormat.HTML, Locale.ENGLISH));

        Element archive = archiveRow(html, "Archived copy");
        assertThat(archive.text()).startsWith("Page fetched for the import on ").contains("2026", FINAL,
                "Address given: " + REQUESTED, "SHA-256 " + SHA);
        assertThat(archive.select("a.url").eachAttr("href")).containsExactly(FINAL, REQUESTED);
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void a_french_reader_gets_the_archived_copy_in_french() throws IOException {
        Document html = Jsoup.parse(write(imported, ReportFormat.HTML, Locale.FRENCH));

        Element archive = archiveRow(html, "Copie archivée");
        assertThat(archive.text()).startsWith("Page récupérée pour l’import le ").contains("février 2026",
                "Adresse saisie : " + REQUESTED, "SHA-256 " + SHA).doesNotContain("fetched", "Address given");
    }

    @Test
    void the_pdf_report_shows_the_archived_copy_in_english_and_french() throws IOException {
        String english = pdfText(write(imported, ReportFormat.PDF, Locale.ENGLISH));
        String french = pdfText(write(imported, ReportFormat.PDF, Locale.FRENCH));

        assertThat(english).contains("ARCHIVED COPY", "Page fetched for the import on", "Address given:", SHA);
        assertThat(french).contains("COPIE ARCHIVÉE", "Page récupérée pour l’import le", "Adresse saisie :", SHA)
                .doesNotContain("Page fetched");
    }

    @Test
    void an_article_typed_in_has_no_archived_copy_in_its_report() throws IOException {
        long typed = articles.importArticle(new ArticleData("Typed in", "Crime fell by 20 % in 2025.", null,
                FINAL, null, null, "en"));

        Document html = Jsoup.parse(write(typed, ReportFormat.HTML, Locale.ENGLISH));

        assertThat(html.select(".facts th").eachText()).contains("Article URL").doesNotContain("Archived copy");
        assertThat(html.text()).doesNotContain("SHA-256");
    }

    private static Element archiveRow(Document html, String label) {
        return html.select(".facts tr").stream().filter(row -> row.select("th").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label)).selectFirst("td");
    }

    private byte[] bytes(long article, ReportFormat format, Locale locale) throws IOException {
        ReportFile file = exports.prepare(article, format, true, locale).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    private String write(long article, ReportFormat format, Locale locale) throws IOException {
        return format == ReportFormat.PDF ? new String(bytes(article, format, locale), StandardCharsets.ISO_8859_1)
                : new String(bytes(article, format, locale), StandardCharsets.UTF_8);
    }

    private static String pdfText(String latin1) throws IOException {
        try (PDDocument document = Loader.loadPDF(latin1.getBytes(StandardCharsets.ISO_8859_1))) {
            return ArticlePdfReportTest.text(document);
        }
    }
}
