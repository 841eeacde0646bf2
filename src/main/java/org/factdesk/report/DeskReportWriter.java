package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a desk report in one format while it reads the claims, so that it never holds the whole report; every bean
 * of this type is offered on the desk report screen. It tells {@code progress} of every claim written and stops
 * (throwing {@link ReportCancelledException}) once the user cancelled.
 */
interface DeskReportWriter {

    ReportFormat format();

    void write(DeskReport report, OutputStream out, ReportProgress progress) throws IOException;
}
