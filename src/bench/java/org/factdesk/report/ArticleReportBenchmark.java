package org.factdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factdesk.article.ArticleDetails;
import org.factdesk.base.Translations;
import org.factdesk.source.ArchiveStatus;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.rating.RatingItem;
import org.factdesk.source.Reliability;
import org.factdesk.source.ReportedSource;
import org.factdesk.rating.ScaleBounds;
import org.factdesk.source.SourceKind;
import org.factdesk.desk.DeskSettingsData;
import org.factdesk.extraction.TextPart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing an article's verdict report with 200 claims and 600 sources (target: PDF under 2 s), and the same as HTML.
 * The report is built in memory, as {@code ArticleReportService} would hand it over: no database, no Spring.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ArticleReportBenchmark {

    private static final int CLAIMS = 200;
    private static final int SOURCES_PER_CLAIM = 3;
    private static final String SENTENCE = "Selon l’Insee, le taux de chômage a reculé à 7,3 % au troisième "
            + "trimestre YEAR, contre 7,5 % un an plus tôt, a déclaré M. Dupont, économiste à Montréal.";

    private ArticleReport report;
    private PdfReportWriter pdf;
    private HtmlReportWriter html;

    @Setup
    public void setUp() {
        Translations translations = new Translations();
        pdf = new PdfReportWriter(translations);
        html = new HtmlReportWriter(translations);
        report = report();
    }

    @Benchmark
    public int pdf200Claims600Sources() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        pdf.write(report, out);
        return out.size();
    }

    @Benchmark
    public int html200Claims600Sources() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        html.write(report, out);
        return out.size();
    }

    /** Ten sentences to a paragraph, each a claim; every fourth in progress, every tenth corrected. */
    static ArticleReport report() {
        StringBuilder body = new StringBuilder();
        List<ArticleReport.Numbered> claims = new ArrayList<>();
        List<RatingItem> scale = scale();
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 1; i <= CLAIMS; i++) {
            String sentence = SENTENCE.replace("YEAR", Integer.toString(1900 + i));
            int start = body.length();
            body.append(sentence);
            boolean approved = i % 4 != 0;
            claims.add(new ArticleReport.Numbered(i, new ReportedClaim(i, 1, TextPart.BODY, start, body.length(),
                    false, sentence, "M. Dupont", LocalDate.of(2026, 1, 15), approved ? ClaimStatus.APPROVED
                    : ClaimStatus.IN_RESEARCH, "checker", approved ? "checker" : null, approved ? now : null, now,
                    approved ? scale.get(i % scale.size()).id() : null, approved ? "L’Insee publie ces chiffres "
                    + "chaque trimestre ; la série longue confirme la baisse, mais l’écart reste dans la marge "
                    + "d’erreur de l’enquête." : null, approved ? "editor" : null, approved ? now : null,
                    i % 10 == 0, sources(i, now), List.of())));
            body.append(i % 10 == 0 ? "\n\n" : " ");
        }
        ArticleDetails article = new ArticleDetails(1, 1, "Chômage : ce que disent vraiment les chiffres de l’Insee",
                body.toString(), "fr", "Le Quotidien", "https://example.org/2026/03/chomage-chiffres-insee",
                "Marie Dupont", LocalDate.of(2026, 2, 28), "editor", now);
        return new ArticleReport(article, new DeskSettingsData("FactDesk", "https://factdesk.example.org",
                "Europe/Paris", "fr"), now, "Eddie Editor", claims, scale, new ScaleBounds(1, 6),
                Map.of("checker", "Chloé Checker", "editor", "Eddie Editor"), true, Locale.FRENCH);
    }

    private static List<ReportedSource> sources(int claim, Instant now) {
        List<ReportedSource> sources = new ArrayList<>();
        for (int s = 1; s <= SOURCES_PER_CLAIM; s++) {
            long id = claim * 10L + s;
            sources.add(new ReportedSource(id, claim, "Enquête Emploi, trimestre " + s + " — série longue",
                    "Institut national de la statistique et des études économiques",
                    "https://www.insee.fr/fr/statistiques/serie/" + id + "?geo=FE-1&indicateur=chomage",
                    SourceKind.OFFICIAL_STATISTICS, LocalDate.of(2026, 2, 1), Reliability.HIGH,
                    ArchiveStatus.ARCHIVED, "%064x".formatted(id * 7919), now));
        }
        return sources;
    }

    private static List<RatingItem> scale() {
        String[][] ratings = {{"True", "Vrai", "#2b8a3e"}, {"Mostly true", "Plutôt vrai", "#5c940d"},
                {"Mixed", "Mitigé", "#e67700"}, {"Misleading", "Trompeur", "#d9480f"},
                {"Mostly false", "Plutôt faux", "#c92a2a"}, {"False", "Faux", "#a61e4d"}};
        List<RatingItem> scale = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            scale.add(new RatingItem(i + 1, 0, i + 1, ratings[i][0], ratings[i][1], "Description " + i,
                    "Description " + i, ratings[i][2], 6 - i, false, true));
        }
        return scale;
    }
}
