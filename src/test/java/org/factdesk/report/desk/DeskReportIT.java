package org.factdesk.report.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.Browser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk report in a real browser, in French then in English: the count of this month's approved claims, an export
 * downloaded whole in one click, and a change of format that withdraws it. Its own application and database (the property
 * makes Spring start one), so the approvals it writes are seen by no other browser test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factdesk.desk-report-it=own-database")
class DeskReportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void three_claims_approved_today() {
        List<Long> ids = jdbc.queryForList("select id from claim order by id", Long.class).subList(0, 3);
        long rating = jdbc.queryForObject("select min(id) from rating", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        for (long id : ids) {
            jdbc.update("update claim set status = 'APPROVED', rating_id = ?, approved_rating_id = ?, "
                    + "approved_rationale = 'Selon l’Insee.', submitted_by = 'checker', approved_by = 'editor', "
                    + "approved_at = ? where id = ?", rating, rating, now, id);
        }
    }

    @Test
    void a_reader_exports_the_desk_report_in_french_and_sees_it_in_english() throws IOException {
        Path downloads = Files.createTempDirectory("factdesk-desk-downloads");
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900, downloads)) {
            browser.open("/login");
            browser.click(By.id("login-language-fr"));
            browser.signIn("viewer", "viewer-demo");
            browser.open("/reports");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-count"),
                    "3 affirmations approuvées sur cette période"));
            browser.screenshot("desk-report-fr");

            // One click: the report is made, then downloaded without a second click.
            browser.click(By.id("report-export"));
            Path pdf = browser.waiting().until(d -> finished(downloads));
            assertThat(pdf.getFileName().toString()).startsWith("rapport-redaction-").endsWith(".pdf");
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            browser.awaitText("report-status", "Téléchargé");
            browser.screenshot("desk-report-downloaded-fr");

            // Another format: what was made for the previous one is no longer offered.
            // (A second export downloads at once too, so the test waits for its file rather than for the link, which
            // goes as soon as the browser has the file.)
            browser.click(By.id("report-export"));
            browser.waiting().until(d -> pdfs(downloads) == 2);
            browser.awaitText("report-status", "Téléchargé");
            browser.click(By.xpath("//vaadin-radio-button[contains(., 'CSV')]"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-download")));
            browser.waiting().until(d -> browser.textOf("report-status").isEmpty());
        }
        try (Browser browser = new Browser("http://localhost:" + port, 820, 1000)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/reports");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-count"),
                    "3 claims approved in this range"));
            browser.screenshot("desk-report-en-820");
        }
    }

    /** The downloaded file once Chromium has finished writing it (no .crdownload partial left), else null. */
    /** How many PDF files the browser has finished downloading into {@code folder}. */
    private static long pdfs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            return all.stream().anyMatch(file -> file.toString().endsWith(".crdownload")) ? -1
                    : all.stream().filter(file -> file.toString().endsWith(".pdf")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Path finished(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            boolean partial = all.stream().anyMatch(file -> file.toString().endsWith(".crdownload"));
            return partial ? null : all.stream().filter(file -> file.toString().endsWith(".pdf")).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
