package org.factdesk.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Downloads of an article's verdict report in every format some writer offers: what the workspace's dialog lists,
 * and the file it streams, named {@code factdesk-<article-slug>-<date>.<extension>}.
 */
@Service
public class ArticleReportExports {

    private static final int SLUG_MAX = 60;

    private final ArticleReportService reports;
    private final Map<ReportFormat, ArticleReportWriter> writers = new EnumMap<>(ReportFormat.class);

    ArticleReportExports(ArticleReportService reports, List<ArticleReportWriter> writers) {
        this.reports = reports;
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
    }

    /** The formats on offer, in the order of {@link ReportFormat}. */
    @PreAuthorize(AppRoles.CAN_READ)
    public List<ReportFormat> formats() {
        return writers.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * The article's report in a format, its words in {@code locale}; empty when the article is gone. Reading happens
     * now, writing when the file's content is asked for.
     */
    @PreAuthorize(AppRoles.CAN_READ)
    public Optional<ReportFile> prepare(long articleId, ReportFormat format, boolean includeInProgress,
                                        Locale locale) {
        ArticleReportWriter writer = writers.get(format);
        if (writer == null) {
            throw new IllegalArgumentException("No writer for " + format);
        }
        return reports.build(articleId, includeInProgress, locale).map(report -> new ReportFile(
                fileName(report, format), format.mimeType(), out -> writer.write(report, out)));
    }

    static String fileName(ArticleReport report, ReportFormat format) {
        LocalDate day = report.exportedAt().atZone(report.zone()).toLocalDate();
        return "factdesk-" + slug(report.article().title()) + "-" + day + "." + format.extension();
    }

    /** The title in lower-case ASCII words joined by hyphens, so the name is safe in every file system. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > SLUG_MAX) {
            int cut = ascii.lastIndexOf('-', SLUG_MAX);
            ascii = ascii.substring(0, cut > 0 ? cut : SLUG_MAX);
        }
        return ascii.isEmpty() ? "article" : ascii;
    }
}
