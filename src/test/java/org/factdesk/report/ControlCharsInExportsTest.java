package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.base.ControlChars;
import org.factdesk.claim.SignedIn;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.desk.DeskFixture;
import org.factdesk.report.desk.DeskReport;
import org.factdesk.report.desk.DeskReportRequest;
import org.factdesk.report.desk.DeskReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows stored before the forms refused control characters (written here with SQL, since the services now refuse
 * them): every export of the article report and of the desk report leaves them out, and keeps the text around them.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class ControlCharsInExportsTest {

    private static final Instant MARCH_10 = Instant.parse("2026-03-10T09:15:00Z");

    @Autowired
    ArticleReportExports articleReports;
    @Autowired
    DeskReportService deskReports;
    @Autowired
    RatingScaleService ratings;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entities;
    @Autowired
    ApplicationContext context;

    private long article;

    /** PostgreSQL stores no NUL in a text at all, so there the texts stored before hold another control character. */
    private static final String NUL = PostgresTestDatabase.active() ? "\u0002" : "\u0000";

    @BeforeEach
    void an_approved_claim_whose_stored_texts_hold_control_characters() {
        DeskFixture fixture = new DeskFixture(context);
        article = fixture.article("Budget", "La Gazette");
        long claim = fixture.claimIds(article).getFirst();
        fixture.approve(claim, ratings.all().getFirst().id(), "checker", "editor", MARCH_10,
                "Raison" + NUL + "nement\u0007 solide");
        entities.flush();
        jdbc.update("update claim set statement = ?, claimant = ? where id = ?", "Le chô" + NUL + "mage a reculé",
                "Le\u0001 maire", claim);
        jdbc.update("update article set title = ?, outlet = ?, byline = ?, body = body || ? where id = ?",
                "Bud" + NUL + "get", "La\u001B Gazette", "A.\u0085 Reporter", " Fin" + NUL + ".", article);
        jdbc.update("insert into source (claim_id, url, title, publisher, kind, reliability, excerpt, note, "
                        + "created_by, created_at) values (?, 'https://insee.fr/x', ?, ?, 'OTHER', 'HIGH', ?, ?, "
                        + "'checker', ?)", claim, "Sour" + NUL + "ce", "In" + NUL + "see", "Ex" + NUL + "trait",
                "No" + NUL + "te",
                Timestamp.from(MARCH_10));
        entities.clear();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void the_article_report_leaves_them_out(ReportFormat format) throws IOException {
        ReportFile file = articleReports.prepare(article, format, false, Locale.FRENCH).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);

        assertHasNone(format, out.toByteArray());
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void the_desk_report_leaves_them_out(ReportFormat format) throws IOException {
        DeskReport report = deskReports.prepare(new DeskReportRequest(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), null, null), Locale.FRENCH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deskReports.write(report, format, out, ReportProgress.NONE);

        assertHasNone(format, out.toByteArray());
    }

    /** No control character (PDFBox's own page breaks aside), and the statement whole around the one it held. */
    private static void assertHasNone(ReportFormat format, byte[] bytes) throws IOException {
        String text = format == ReportFormat.PDF ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
        assertThat(ControlChars.has(text.replace("\f", ""))).as("control characters in the %s", format).isFalse();
        assertThat(text.replaceAll("\\s+", " ")).as(format.name()).contains("Le chômage a reculé");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
