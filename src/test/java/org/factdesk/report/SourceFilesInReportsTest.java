package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.claim.SignedIn;
import org.factdesk.source.Reliability;
import org.factdesk.source.SourceData;
import org.factdesk.source.SourceKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * The article report's source list names each file attached to a source with its SHA-256, in HTML, PDF and CSV
 * (decision 021), and a source without an address (an interview) is cited without a link.
 */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class SourceFilesInReportsTest {

    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final String NAME = "notes <entretien> & annexe.pdf";

    @Autowired
    ArticleReportExports exports;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private long article;

    @BeforeEach
    void an_approved_claim_whose_source_is_an_interview_with_an_attached_file() {
        ReportFixture desk = new ReportFixture(context);
        article = desk.seedArticle();
        long claim = desk.claims(article).getFirst().id();
        long source = desk.approve(claim, "Mostly true", "Confirmed by the director.",
                new SourceData(null, "Entretien avec la directrice", "Insee", SourceKind.INTERVIEW, null,
                        LocalDate.of(2025, 1, 15), Reliability.HIGH, null));
        // As if the file had been attached before the approval (SourceFileServiceTest attaches real ones).
        jdbc.update("""
                insert into source_file (source_id, name, content_type, size_bytes, sha256, created_by, created_at)
                values (?, ?, 'application/pdf', 1234, ?, 'checker', current_timestamp)""", source, NAME, SHA);
    }

    @Test
    void the_html_report_lists_the_file_s_name_as_text_and_its_sha256() throws IOException {
        Element sources = Jsoup.parse(write(ReportFormat.HTML)).selectFirst("ol.sources");

        assertThat(sources).isNotNull();
        assertThat(sources.text()).contains("Attached file: " + NAME, "SHA-256 " + SHA)
                .contains("Entretien avec la directrice");
        assertThat(sources.select("a")).as("an interview has no address to link").isEmpty();
    }

    @Test
    void the_pdf_report_lists_the_file_s_name_and_sha256() throws IOException {
        try (PDDocument document = Loader.loadPDF(writeBytes(ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(NAME.replaceAll("\\s+", ""), SHA);
        }
    }

    @Test
    void the_csv_report_names_the_file_and_its_sha256_in_the_sources_column() throws IOException {
        String csv = write(ReportFormat.CSV);

        assertThat(csv).contains("Entretien avec la directrice — " + NAME + " (SHA-256 " + SHA + ")");
    }

    private String write(ReportFormat format) throws IOException {
        return new String(writeBytes(format), StandardCharsets.UTF_8);
    }

    private byte[] writeBytes(ReportFormat format) throws IOException {
        ReportFile file = exports.prepare(article, format, false, Locale.ENGLISH).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }
}
