package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.factdesk.Browser;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The export download in a real browser: a checker's verdict on a claim of the seed article waits for review (set up
 * through the services); the editor approves it on the claim page, opens the article's verdict report dialog and
 * downloads the PDF, which holds the claim's statement. Its own application context (the extra property) and a
 * discarded one afterwards keep the approved claim away from the other browser tests' seed article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factdesk.seed-articles=true")
@DirtiesContext
@ExtendWith(SignedIn.class)
class VerdictReportDownloadIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_editor_approves_a_claim_and_downloads_the_seed_articles_pdf() throws IOException {
        ReportFixture desk = new ReportFixture(context);
        SignedIn.as(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                "editor");
        long article = desk.seedArticle();
        ClaimRow claim = desk.claims(article).stream().filter(row -> row.statement().contains("septembre 2023"))
                .findFirst().orElseThrow();
        desk.submit(claim.id(), "True", "Le registre officiel confirme la date de septembre 2023.",
                ReportFixture.source("Registre officiel", "Nations unies", "https://www.un.org/fr/"));
        SignedIn.out();
        Path downloads = Files.createTempDirectory("factdesk-downloads");

        try (Browser browser = new Browser("http://localhost:" + port, 1366, 1000, downloads)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/claims/" + claim.id());
            browser.click(By.id("claim-approve"));
            browser.click(By.id("approve-confirm"));
            browser.awaitText("claim-page-history", "In review → Approved");

            browser.open("/articles/" + article);
            browser.click(By.id("report-open"));
            browser.await(By.id("report-download"));
            browser.screenshot("verdict-report-dialog");
            browser.click(By.id("report-download"));
            Path pdf = browser.waiting().until(d -> finished(downloads, ".pdf"));

            assertThat(pdf.getFileName().toString()).startsWith("factdesk-le-dirigeant-russe-").endsWith(".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = ArticlePdfReportTest.text(document);
                assertThat(text).contains(ArticlePdfReportTest.flat(claim.statement()), "True", "Registre officiel",
                        "Page 1 of " + document.getNumberOfPages());
            }
        }
    }

    /** The downloaded file once Chromium has finished writing it (no .crdownload partial left), else null. */
    private static Path finished(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            boolean partial = all.stream().anyMatch(file -> file.toString().endsWith(".crdownload"));
            return partial ? null : all.stream().filter(file -> file.toString().endsWith(extension)).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
