package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed article's PDF report, read back with PDFBox: every claim, its verdict, the article's accented text and
 * the page numbers are there. The PDFs land in target/reports/ (with PNGs of each page when -Dreport.png=true).
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ArticlePdfReportTest {

    @Autowired
    ArticleReportExports exports;

    @Autowired
    ApplicationContext context;

    private ReportFixture desk;
    private long article;
    private List<ClaimRow> approved;

    @BeforeEach
    void two_approved_claims_and_the_other_suggestions_selected() {
        desk = new ReportFixture(context);
        article = desk.seedArticle();
        List<ClaimRow> rows = desk.claims(article);
        ClaimRow karabakh = rows.stream().filter(row -> row.statement().contains("septembre 2023")).findFirst()
                .orElseThrow();
        ClaimRow soviet = rows.stream().filter(row -> row.statement().contains("république soviétique")).findFirst()
                .orElseThrow();
        long source = desk.approve(karabakh.id(), "True", "Le registre de l’ONU confirme l’opération de septembre "
                        + "2023 : « reprise totale » du Haut-Karabakh.",
                ReportFixture.source("Résolution 2023/17 — Haut-Karabakh", "Nations unies",
                        "https://www.un.org/fr/documents/very/long/path/that/must/wrap/somewhere/resolution-2023-17"
                                + "?lang=fr&format=pdf&utm_source=factdesk-report-test"));
        desk.archived(source, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        desk.approve(soviet.id(), "False", "L’Azerbaïdjan est indépendant depuis 1991.",
                ReportFixture.source("Constitution de la République d’Azerbaïdjan", "Milli Məclis",
                        "https://www.meclis.gov.az/"));
        rows.stream().filter(row -> row.suggested() && row.id() != karabakh.id() && row.id() != soviet.id())
                .forEach(row -> desk.select(row.id()));
        approved = List.of(karabakh, soviet);
    }

    @Test
    void the_seed_articles_pdf_has_every_claim_its_verdict_and_the_accented_text() throws IOException {
        byte[] pdf = write(Locale.ENGLISH, true, "seed-article-en");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(document.getNumberOfPages()).isBetween(2, 39);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
            for (ClaimRow row : desk.claims(article)) {
                if (row.suggested()) {
                    assertThat(text).as("claim statement").contains(flat(row.statement()));
                }
            }
            assertThat(text).contains("True", "False", "In progress", "Verdict report");
            assertThat(text).contains("Azerbaïdjan", "république soviétique", "États-Unis", "l’ONU",
                    "« reprise totale »", "Milli Məclis");
            assertThat(text).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        }
    }

    @Test
    void a_french_user_gets_the_report_in_french() throws IOException {
        byte[] pdf = write(Locale.FRENCH, true, "seed-article-fr");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Rapport de vérification", "Vrai", "Faux", "En cours", "Échelle de notation",
                    "Page 1 sur " + document.getNumberOfPages());
            assertThat(text).doesNotContain("Verdict report", "In progress");
        }
    }

    @Test
    void without_claims_in_progress_only_the_approved_claims_are_listed() throws IOException {
        byte[] pdf = write(Locale.ENGLISH, false, "seed-article-approved-only");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            approved.forEach(row -> assertThat(text).contains(flat(row.statement())));
            assertThat(text).contains("2 approved (claims in progress left out)").doesNotContain("In progress");
        }
    }

    @Test
    void a_reopened_claim_is_marked_corrected_and_listed_among_the_corrections() throws IOException {
        desk.reopen(approved.getFirst().id(), "Une nouvelle résolution précise la date.");

        byte[] pdf = write(Locale.ENGLISH, true, "seed-article-corrected");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("CORRECTED", "Reopened for a correction (status: In research)",
                    "Une nouvelle résolution précise la date.", "Reopened by Eddie Editor", "True → In progress");
            assertThat(text).doesNotContain("No verdict in this report has been corrected.");
        }
    }

    private byte[] write(Locale locale, boolean inProgress, String name) throws IOException {
        ReportFile file = exports.prepare(article, ReportFormat.PDF, inProgress, locale).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        byte[] pdf = out.toByteArray();
        assertThat(file.fileName()).matches("factdesk-le-dirigeant-russe-poutine-vise-a-renforcer-les-liens-de-"
                + "\\d{4}-\\d{2}-\\d{2}\\.pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path target = Path.of("target", "reports");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".pdf"), pdf);
        if (Boolean.getBoolean("report.png")) {
            png(pdf, target.resolve(name));
        }
        return pdf;
    }

    /** Every page at 100 dpi, for a person to look at. */
    private static void png(byte[] pdf, Path prefix) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 100);
                ImageIO.write(image, "png", Path.of(prefix + "-" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** The document's text in reading order (the page number comes after "Page" and before "of"). */
    static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return flat(stripper.getText(document));
    }

    /** Text with every run of white space (line ends, narrow no-break spaces) as one space. */
    static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }
}
