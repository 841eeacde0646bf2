package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.factdesk.article.ArticleSummary;
import org.factdesk.base.ControlChars;
import org.factdesk.base.Translations;
import org.factdesk.rating.RatingItem;
import org.factdesk.source.ReportedSource;
import org.jspecify.annotations.Nullable;

/**
 * The CSV both reports share: one row per claim, the same columns for an article and for the desk. RFC 4180 with
 * every field quoted and CRLF between rows, so commas, quotes and line breaks survive any CSV parser; UTF-8 with a
 * byte-order mark, which is how Excel knows the file is UTF-8 and shows accents right (other readers skip it).
 * Commas rather than semicolons whatever the language, so a script reading the desk's exports never has to guess.
 */
public final class CsvClaimRows {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    static final List<String> COLUMNS = List.of("number", "article", "outlet", "article-url", "statement",
            "claimant", "claim-date", "status", "verdict", "rating-value", "rationale", "checker", "approver",
            "approved-at", "corrected", "sources", "source-count", "check-worthiness");
    /** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Translations translations;
    private final Locale locale;
    private final ZoneId zone;
    private final Function<@Nullable Long, Optional<RatingItem>> ratings;

    public CsvClaimRows(Translations translations, Locale locale, ZoneId zone,
                 Function<@Nullable Long, Optional<RatingItem>> ratings) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        this.ratings = ratings;
    }

    /** Starts the file: the byte-order mark and the header row, in the reader's language. */
    public CSVPrinter open(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(COLUMNS.stream().map(column -> text("report.csv.column." + column)));
        return printer;
    }

    public void print(CSVPrinter printer, long number, ArticleSummary article, ReportedClaim claim, String checker,
               String approver) throws IOException {
        Optional<RatingItem> rating = ratings.apply(claim.approvedRatingId());
        printer.printRecord(number, safe(article.title()), safe(article.outlet()), safe(article.url()),
                safe(claim.statement()), safe(claim.claimant()),
                claim.claimDate() == null ? "" : claim.claimDate().toString(),
                text(claim.approved() ? "report.csv.status.approved" : "report.csv.status.in-progress"),
                rating.map(item -> safe(item.label(locale))).orElse(""),
                rating.map(RatingItem::ratingValue).map(String::valueOf).orElse(""),
                safe(claim.approvedRationale()), safe(checker), safe(approver), isoTime(claim.approvedAt()),
                text(claim.corrected() ? "report.csv.yes" : "report.csv.no"), safe(sources(claim.sources())),
                claim.sources().size(), safe(ReasonText.of(claim.reasons(), translations, locale, 0)));
    }

    /**
     * Drops control characters (rows stored before forms refused them), then neutralises a formula: a leading
     * apostrophe makes spreadsheets show the text as it is. In that order, so a NUL cannot hide a formula.
     */
    static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String clean = ControlChars.clean(value);
        return !clean.isEmpty() && FORMULA_STARTS.indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
    }

    /**
     * One source a line: title — address (where it has one) — fingerprint of the archived copy (where the desk
     * archived it) — each attached file's name and SHA-256.
     */
    private static String sources(List<ReportedSource> sources) {
        return sources.stream()
                .map(source -> Stream.concat(Stream.of(source.title(),
                                source.url(), source.archiveSha256()), source.files().stream()
                                .map(file -> file.name() + " (SHA-256 " + file.sha256() + ")"))
                        .filter(Objects::nonNull).collect(Collectors.joining(" — ")))
                .collect(Collectors.joining("\n"));
    }

    /** ISO 8601 with the desk's offset, to the second: what spreadsheets and scripts parse. */
    private String isoTime(@Nullable Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private String text(String key) {
        return translations.getTranslation(key, locale);
    }
}
