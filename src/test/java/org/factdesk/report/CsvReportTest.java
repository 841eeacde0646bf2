package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.factdesk.claim.SignedIn;
import org.factdesk.rating.RatingItem;
import org.factdesk.rating.RatingScaleService;
import org.factdesk.report.desk.DeskFixture;
import org.factdesk.report.desk.DeskReport;
import org.factdesk.report.desk.DeskReportRequest;
import org.factdesk.report.desk.DeskReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** CSV survives a round trip through a CSV parser, field by field, and never hands a spreadsheet a formula. */
@SpringBootTest
@ExtendWith(SignedIn.class)
@Transactional
@WithUserDetails("editor")
class CsvReportTest {

    private static final List<String> ENGLISH_HEADER = List.of("No.", "Article", "Outlet", "Article URL", "Claim",
            "Claimant", "Claim date", "Status", "Verdict", "Rating value", "Rationale", "Checker", "Approved by",
            "Approved at", "Corrected", "Sources", "Number of sources", "Check-worthiness signals");
    private static final String NASTY_STATEMENT = "He said \"no\", then left,\nand came back; «\u00a0oui\u00a0», d’accord";
    private static final String NASTY_RATIONALE = "\"Quoted\", with commas, and\r\nWindows and\nUnix line breaks,\"\"";
    private static final Instant MARCH_10 = Instant.parse("2026-03-10T14:30:00Z");

    @Autowired
    ArticleReportService articleReports;

    @Autowired
    CsvArticleReportWriter articleCsv;

    @Autowired
    DeskReportService deskReports;

    @Autowired
    RatingScaleService ratings;

    @Autowired
    ApplicationContext context;

    private DeskFixture fixture;
    private long article;
    private List<Long> ids;
    private RatingItem trueRating;
    private RatingItem falseRating;

    @BeforeEach
    void the_seed_article() {
        fixture = new DeskFixture(context);
        article = fixture.seedArticle();
        ids = fixture.claimIds(article);
        trueRating = rating("True");
        falseRating = rating("False");
    }

    private RatingItem rating(String english) {
        return ratings.all().stream().filter(item -> item.labelEn().equals(english)).findFirst().orElseThrow();
    }

    @Test
    void every_field_of_an_article_report_survives_a_round_trip_through_a_csv_parser() throws IOException {
        long nasty = ids.get(0);
        fixture.statement(nasty, NASTY_STATEMENT, "Jean, dit \"le Sage\"", LocalDate.of(2024, 2, 29));
        fixture.approve(nasty, trueRating.id(), "checker", "editor", MARCH_10, NASTY_RATIONALE);
        fixture.source(nasty, "INSEE, table \"3\"", "https://insee.fr/x?a=1,2", "abc123");
        fixture.source(nasty, "Ministry page", "https://gouv.fr/y", null);
        long reopened = ids.get(1);
        fixture.approve(reopened, falseRating.id(), "checker", "editor", MARCH_10.plusSeconds(60), "Plain.");
        fixture.corrected(reopened);
        long inResearch = ids.get(2);
        fixture.inResearch(inResearch, "checker");

        ArticleReport report = articleReports.build(article, true).orElseThrow();
        byte[] csv = articleCsv(report, Locale.ENGLISH);
        Map<Long, CSVRecord> rows = byNumber(parse(csv));

        assertThat(rows).hasSize(3);
        CSVRecord first = rows.get(number(report, nasty));
        assertThat(first.toList()).containsExactly(String.valueOf(number(report, nasty)), DeskFixture.SEED_TITLE,
                "", "", NASTY_STATEMENT, "Jean, dit \"le Sage\"", "2024-02-29", "approved", "True", "6",
                NASTY_RATIONALE, "Chloé Checker", "Eddie Editor", "2026-03-10T15:30:00+01:00", "no",
                "INSEE, table \"3\" — https://insee.fr/x?a=1,2 — abc123\nMinistry page — https://gouv.fr/y", "2",
                first.get("Check-worthiness signals"));
        assertThat(first.get("Check-worthiness signals")).as("why the sentence was put forward, strongest first")
                .matches("[^;]+ \\([+-]\\d+\\)(; [^;]+ \\([+-]\\d+\\))*");
        CSVRecord corrected = rows.get(number(report, reopened));
        assertThat(corrected.get("Verdict")).isEqualTo("False");
        assertThat(corrected.get("Rating value")).isEqualTo("1");
        assertThat(corrected.get("Corrected")).isEqualTo("yes");
        assertThat(corrected.get("Sources")).isEmpty();
        assertThat(corrected.get("Number of sources")).isEqualTo("0");
        CSVRecord open = rows.get(number(report, inResearch));
        assertThat(open.get("Status")).isEqualTo("in progress");
        assertThat(open.get("Verdict")).as("no approved verdict yet").isEmpty();
        assertThat(open.get("Approved at")).isEmpty();
        assertThat(open.get("Checker")).isEqualTo("Chloé Checker");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_gets_exactly_one_leading_apostrophe() throws IOException {
        List<String> dangerous = List.of("=SUM(A1)", "+1", "-2", "@x", "\tTab", "\rCR");
        for (int i = 0; i < dangerous.size(); i++) {
            fixture.statement(ids.get(i), dangerous.get(i), "Harmless = claimant", null);
            fixture.approve(ids.get(i), trueRating.id(), "checker", "editor", MARCH_10.plusSeconds(i),
                    dangerous.get((i + 1) % dangerous.size()));
        }

        List<CSVRecord> rows = parse(articleCsv(articleReports.build(article, false).orElseThrow(), Locale.ENGLISH));

        assertThat(rows).extracting(row -> row.get("Claim")).containsExactlyInAnyOrder("'=SUM(A1)", "'+1", "'-2",
                "'@x", "'\tTab", "'\rCR");
        assertThat(rows).extracting(row -> row.get("Rationale")).containsExactlyInAnyOrder("'=SUM(A1)", "'+1",
                "'-2", "'@x", "'\tTab", "'\rCR");
        assertThat(rows).extracting(row -> row.get("Claimant")).containsOnly("Harmless = claimant");
    }

    @Test
    void the_neutraliser_prefixes_only_formula_starts() {
        assertThat(CsvClaimRows.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvClaimRows.safe("1+1=2")).isEqualTo("1+1=2");
        assertThat(CsvClaimRows.safe(" =x")).isEqualTo(" =x");
        assertThat(CsvClaimRows.safe("'=x")).as("an apostrophe already there is text like any other")
                .isEqualTo("'=x");
        assertThat(CsvClaimRows.safe(null)).isEmpty();
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_speaks_french_for_a_french_reader() throws IOException {
        fixture.approve(ids.get(0), rating("Mostly true").id(), "checker", "editor", MARCH_10, "Selon l’Insee.");
        fixture.corrected(ids.get(0));

        byte[] csv = articleCsv(articleReports.build(article, false).orElseThrow(), Locale.FRENCH);
        CSVRecord row = parse(csv).getFirst();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(row.getParser().getHeaderNames()).startsWith("N°", "Article", "Média", "URL de l’article");
        assertThat(row.get("État")).isEqualTo("approuvée");
        assertThat(row.get("Verdict")).isEqualTo("Plutôt vrai");
        assertThat(row.get("Corrigée")).isEqualTo("oui");
        assertThat(row.get("Justification")).isEqualTo("Selon l’Insee.");
    }

    @Test
    void the_desk_csv_has_one_row_per_approved_claim_across_articles_in_order_of_approval() throws IOException {
        long other = fixture.article("Budget municipal", "La Gazette, édition du soir");
        long otherClaim = fixture.claimIds(other).getFirst();
        fixture.approve(otherClaim, falseRating.id(), "editor", "checker", MARCH_10.plusSeconds(120), "=cmd|x");
        fixture.approve(ids.get(0), trueRating.id(), "checker", "editor", MARCH_10, "First.");
        fixture.source(ids.get(0), "Source", "https://a.example/1", "ff00");

        DeskReport report = deskReports.prepare(new DeskReportRequest(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), null, null), Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deskReports.write(report, ReportFormat.CSV, out, ReportProgress.NONE);
        List<CSVRecord> rows = parse(out.toByteArray());

        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(ENGLISH_HEADER);
        assertThat(rows).extracting(row -> row.get("No.")).containsExactly("1", "2");
        assertThat(rows.get(0).get("Article")).isEqualTo(DeskFixture.SEED_TITLE);
        assertThat(rows.get(0).get("Sources")).isEqualTo("Source — https://a.example/1 — ff00");
        assertThat(rows.get(1).get("Article")).isEqualTo("Budget municipal");
        assertThat(rows.get(1).get("Outlet")).isEqualTo("La Gazette, édition du soir");
        assertThat(rows.get(1).get("Article URL")).startsWith("https://news.example.org/");
        assertThat(rows.get(1).get("Rationale")).isEqualTo("'=cmd|x");
        assertThat(rows.get(1).get("Checker")).isEqualTo("Eddie Editor");
        assertThat(rows.get(1).get("Approved by")).isEqualTo("Chloé Checker");
        assertThat(rows.get(1).get("Approved at")).isEqualTo("2026-03-10T15:32:00+01:00");
    }

    private byte[] articleCsv(ArticleReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        articleCsv.write(report, out, locale);
        return out.toByteArray();
    }

    /** As a reader would: the byte-order mark skipped, the first row read as the header. */
    static List<CSVRecord> parse(byte[] csv) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(csv))
                .get(), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return parser.getRecords();
        }
    }

    private static Map<Long, CSVRecord> byNumber(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(row -> Long.parseLong(row.get(0)), Function.identity()));
    }

    private static long number(ArticleReport report, long claimId) {
        return report.claims().stream().filter(numbered -> numbered.claim().id() == claimId).findFirst()
                .orElseThrow().number();
    }
}
