package org.factdesk.report;

/** Thrown inside a writer when the user cancelled the export: the half-written download is abandoned. */
public class ReportCancelledException extends RuntimeException {

    public ReportCancelledException() {
        super("report.cancelled");
    }
}
