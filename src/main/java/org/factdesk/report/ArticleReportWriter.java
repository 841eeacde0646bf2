package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an article's verdict report in one format. Every bean of this type is offered on the article's workspace;
 * the format's writer may leave out what it cannot show (ClaimReview publishes approved claims only).
 */
public interface ArticleReportWriter {

    ReportFormat format();

    void write(ArticleReport report, OutputStream out) throws IOException;
}
