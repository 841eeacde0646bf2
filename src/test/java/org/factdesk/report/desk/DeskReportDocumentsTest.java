package org.factdesk.report.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.SignedIn;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The desk report's documents as a reader gets them. The PDF read back with PDFBox: every statement of the seed
 * article (French, accented) is there, with its verdict in French, the heading and the totals; the font is embedded.
 * The HTML: desk text shown as text, never as markup. The first and last PDF pages and the HTML page are left in
 * target/screenshots/ so a person can look at them.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class DeskReportDocumentsTest {

    private static final Instant MARCH_10 = Instant.parse("2026-03-10T09:15:00Z");

    @Autowired
    DeskReportService reports;

    @Autowired
    ClaimService claims;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private DeskFixture fixture;
    private List<Long> seed;

    @BeforeEach
    void the_seed_articles_claims_approved_in_march() {
        fixture = new DeskFixture(context);
        seed = fixture.claimIds(fixture.seedArticle());
        List<RatingItem> scale = ratings.all();
        for (int i = 0; i < seed.size(); i++) {
            fixture.approve(seed.get(i), scale.get(i % scale.size()).id(), i % 3 == 0 ? "editor" : "checker",
                    i % 3 == 0 ? "checker" : "editor", MARCH_10.plusSeconds(600L * i), "Rationale " + i);
        }
        fixture.corrected(seed.getFirst());
    }

    @Test
    void the_pdf_holds_every_statement_with_its_accents_its_french_verdict_and_the_totals() throws IOException {
        DeskReport report = reports.prepare(new DeskReportRequest(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                null, null), Locale.FRENCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, ReportFormat.PDF, out, ReportProgress.NONE);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            render(pdf, 0, "desk-report-fr-page-1");
            render(pdf, pdf.getNumberOfPages() - 1, "desk-report-fr-last-page");
            String text = oneLine(new PDFTextStripper().getText(pdf));
            for (long id : seed) {
                assertThat(text).contains(oneLine(claims.find(id).orElseThrow().statement()));
            }
            assertThat(text).contains("Rapport de vérification — FactDesk",
                    "Affirmations approuvées du 1 mars 2026 au 31 mars 2026", "Vérificateur : tous · Média : tous · Fuseau horaire : Europe/Paris",
                    "Exporté le", "par Eddie Editor", "Plutôt vrai", "Invérifiable", "Pas une affirmation factuelle",
                    "Vérifiée par Chloé Checker, approuvée par Eddie Editor le 10 mars 2026", "Corrigée", "Totaux",
                    "Affirmations dans ce rapport : " + seed.size(), "1 / " + pdf.getNumberOfPages());
            assertThat(text).contains("république soviétique");
            assertThat(pdf.getNumberOfPages()).isBetween(1, seed.size());
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void the_html_shows_the_desks_text_as_text_and_links_only_web_addresses() throws IOException {
        fixture.statement(seed.get(1), "<script>alert('x')</script> & \"quoted\" <b>bold</b>", "", null);
        long other = fixture.article("<img src=x onerror=alert(1)>", "L’Écho & Cie");
        jdbc.update("update article set url = 'javascript:alert(1)' where id = ?", other);
        fixture.approve(fixture.claimIds(other).getFirst(), ratings.all().getFirst().id(), "checker", "editor",
                MARCH_10.plusSeconds(86_400), "x");
        long linked = fixture.article("Budget municipal", "La Gazette");
        fixture.approve(fixture.claimIds(linked).getFirst(), ratings.all().get(1).id(), "checker", "editor",
                MARCH_10.plusSeconds(90_000), "y");
        DeskReport report = reports.prepare(new DeskReportRequest(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                null, null), Locale.FRENCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, ReportFormat.HTML, out, ReportProgress.NONE);
        String html = out.toString(StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(folder.resolve("desk-report-fr.html"), html);

        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.text()).contains("<script>alert('x')</script> & \"quoted\" <b>bold</b>",
                "<img src=x onerror=alert(1)> — L’Écho & Cie", "Rapport de vérification — FactDesk", "Totaux");
        assertThat(page.select("a[href]")).extracting(link -> link.attr("href")).isNotEmpty()
                .allMatch(href -> href.startsWith("https://"));
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    }

    /** PDFBox breaks lines where the layout wrapped them (after a hyphen too); compared without the breaks. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "-");
    }

    private static void render(PDDocument pdf, int page, String name) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 80);
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
    }
}
