package org.factdesk.report.desk;

import java.io.IOException;
import java.io.OutputStream;
import org.factdesk.report.ReportFormat;
import org.factdesk.report.ReportProgress;

/**
 * Writes a desk report in one format while it reads the claims, so that it never holds the whole report; every bean
 * of this type is offered on the desk report screen. It tells {@code progress} of every claim written and stops
 * (throwing {@link ReportCancelledException}) once the user cancelled.
 */
public interface DeskReportWriter {

    ReportFormat format();

    void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException;
}
