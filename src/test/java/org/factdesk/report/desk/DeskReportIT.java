package org.factdesk.report.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.factdesk.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk report in a real browser, in French then in English: the count of this month's approved claims, an export
 * with its progress, and the download link serving the whole PDF. Its own application and database (the property
 * makes Spring start one), so the approvals it writes are seen by no other browser test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factdesk.desk-report-it=own-database")
class DeskReportIT {

    /** Reads the link's file in the page, as the browser would download it: its first bytes and its type. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(document.getElementById('report-download').href, {credentials: 'same-origin'})
                .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + '|' + b.byteLength + '|'
                    + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                .catch(e => done('failed: ' + e));""";

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
    void a_reader_exports_the_desk_report_in_french_and_sees_it_in_english() {
        try (Browser browser = new Browser("http://localhost:" + port, 1366, 900)) {
            browser.open("/login");
            browser.click(By.id("login-language-fr"));
            browser.signIn("viewer", "viewer-demo");
            browser.open("/reports");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-count"),
                    "3 affirmations approuvées sur cette période"));
            browser.screenshot("desk-report-fr");

            browser.click(By.id("report-export"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-download")));
            assertThat(browser.textOf("report-status")).isEqualTo("Rapport prêt : 3 affirmations");
            assertThat(browser.textOf("report-download")).startsWith("Télécharger rapport-redaction-").endsWith(".pdf");
            browser.screenshot("desk-report-ready-fr");
            String fetched = String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(FETCH));
            assertThat(fetched).startsWith("application/pdf|").endsWith("|%PDF-");
        }
        try (Browser browser = new Browser("http://localhost:" + port, 820, 1000)) {
            browser.signIn("editor", "editor-demo");
            browser.open("/reports");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-count"),
                    "3 claims approved in this range"));
            browser.screenshot("desk-report-en-820");
        }
    }
}
